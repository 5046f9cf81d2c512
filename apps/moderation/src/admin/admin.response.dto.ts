import { ApiProperty } from '@nestjs/swagger';
import { NGO_KEY_SCOPES, type AuditEventView, type NgoKeyScope, type NgoKeyView, type StaffRole, type StaffUserView } from '@tnr/database';
import { STAFF_ROLES } from '../auth/staff-accounts';

/** Response shapes of the admin routes, for the OpenAPI document (checked against the types they document). */
export class StaffUserDto implements StaffUserView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() username!: string;
  @ApiProperty({ enum: STAFF_ROLES }) role!: StaffRole;
  @ApiProperty() disabled!: boolean;
  @ApiProperty() totpEnrolled!: boolean;
  @ApiProperty() createdAt!: string;
}

export class CreatedUserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() username!: string;
  @ApiProperty({ enum: STAFF_ROLES }) role!: string;
  @ApiProperty({ description: 'Generated password, shown once' }) password!: string;
}

export class NgoKeyDto implements NgoKeyView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() prefix!: string;
  @ApiProperty({ enum: NGO_KEY_SCOPES, isArray: true }) scopes!: NgoKeyScope[];
  @ApiProperty({ type: String, nullable: true }) expiresOn!: string | null;
  @ApiProperty() revoked!: boolean;
  @ApiProperty() createdOn!: string;
  @ApiProperty({ type: String, nullable: true }) lastUsedOn!: string | null;
}

export class CreatedNgoKeyDto extends NgoKeyDto {
  @ApiProperty({ description: 'The key, shown once' }) key!: string;
}

export class AuditEventDto implements AuditEventView {
  @ApiProperty() id!: string;
  @ApiProperty() occurredAt!: string;
  @ApiProperty({ type: String, nullable: true }) actorId!: string | null;
  @ApiProperty() action!: string;
  @ApiProperty({ type: String, nullable: true }) targetType!: string | null;
  @ApiProperty({ type: String, nullable: true }) targetId!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) details!: Record<string, unknown>;
  @ApiProperty() hash!: string;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEventDto] }) items!: AuditEventDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Id for `before` on the next page' }) next!: string | null;
}

export class AuditVerifyDto {
  @ApiProperty() intact!: boolean;
  @ApiProperty() checked!: number;
  @ApiProperty({ type: String, nullable: true }) brokenAt!: string | null;
  @ApiProperty() head!: string;
}
