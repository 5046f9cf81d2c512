import { ApiProperty } from '@nestjs/swagger';
import type { GazetteerEntityType, GazetteerEntityView } from '@tnr/database';

/** Response shapes of the gazetteer routes, for the OpenAPI document. */
export class GazetteerAliasDto {
  @ApiProperty() id!: string;
  @ApiProperty() alias!: string;
  @ApiProperty({ enum: ['seed', 'staff'] }) origin!: 'seed' | 'staff';
}

export class GazetteerEntityDto implements GazetteerEntityView {
  @ApiProperty({ enum: ['organization', 'location'] }) type!: GazetteerEntityType;
  @ApiProperty() key!: string;
  @ApiProperty({ enum: ['seed', 'staff'] }) origin!: 'seed' | 'staff';
  /** The editable columns (nameEn, namesZh, kind, countryCode…, parentKey/hostKey/locationKey or lat/lon/relatedOrgKey). */
  @ApiProperty({ type: 'object', additionalProperties: true }) fields!: Record<string, unknown>;
  @ApiProperty({ type: [GazetteerAliasDto] }) aliases!: GazetteerAliasDto[];
}

export class GazetteerPageDto {
  @ApiProperty({ type: [GazetteerEntityDto] }) items!: GazetteerEntityDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Key for `after` on the next page' }) next!: string | null;
}
