import { AuditEventEntity } from './audit-event.entity';
import { EntityAliasEntity } from './entity-alias.entity';
import { IncidentTypeEntity } from './incident-type.entity';
import { LocationEntity } from './location.entity';
import { OrganizationEntity } from './organization.entity';
import { OutboxEntity } from './outbox.entity';
import { ReportLinkEntity } from './report-link.entity';
import { ReportEntity } from './report.entity';
import { StaffSessionEntity } from './staff-session.entity';
import { StaffUserEntity } from './staff-user.entity';

export * from './audit-event.entity';
export * from './entity-alias.entity';
export * from './incident-type.entity';
export * from './location.entity';
export * from './organization.entity';
export * from './outbox.entity';
export * from './report-link.entity';
export * from './report.entity';
export * from './staff-session.entity';
export * from './staff-user.entity';

export const ENTITIES = [
  AuditEventEntity,
  EntityAliasEntity,
  IncidentTypeEntity,
  LocationEntity,
  OrganizationEntity,
  OutboxEntity,
  ReportLinkEntity,
  ReportEntity,
  StaffSessionEntity,
  StaffUserEntity,
];
