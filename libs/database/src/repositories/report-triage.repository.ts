import { Inject, Injectable } from '@nestjs/common';
import { DomainError, type RedactionSpan, type ReportNoteView } from '@tnr/domain';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { DATA_SOURCE } from '../database.tokens';
import { ReportEntity, ReportLinkEntity } from '../entities';
import { AuditRepository, type AuditInput } from './audit.repository';

export interface SealedNarrativeRow {
  id: string;
  narrativeCiphertext: Buffer;
  narrativeWrappedKey: Buffer;
  redactionSpans: RedactionSpan[];
}

/**
 * Moderators' edits of a report: assignment, notes, tags, incident types, link review and
 * redaction review. Each change and its audit event commit together; audit details carry ids
 * and codes, never text.
 */
@Injectable()
export class ReportTriageRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly audit: AuditRepository,
  ) {}

  async assign(reportId: string, assigneeId: string | null, actorId: string, now: Date): Promise<void> {
    await this.change(reportId, { actorId, action: 'report.assigned', details: { assigneeId } }, now, async (tx) => {
      if (assigneeId) {
        const [staff]: Array<{ ok: boolean }> = await tx.query(`SELECT NOT disabled AS ok FROM staff_users WHERE id = $1`, [assigneeId]);
        if (!staff?.ok) throw new DomainError('INPUT.INVALID', 'assigneeId must be an active staff account.');
      }
      await tx.update(ReportEntity, { id: reportId }, { assigneeId });
    });
  }

  async setTags(reportId: string, tags: string[], actorId: string, now: Date): Promise<void> {
    const unique = [...new Set(tags)].sort();
    await this.change(reportId, { actorId, action: 'report.tags.set', details: { tags: unique } }, now, (tx) => tx.update(ReportEntity, { id: reportId }, { tags: unique }).then(() => undefined));
  }

  /** The incident types a moderator confirms (ids from the taxonomy). */
  async confirmIncidentTypes(reportId: string, types: string[], actorId: string, now: Date): Promise<void> {
    const unique = [...new Set(types)].sort();
    await this.change(reportId, { actorId, action: 'report.incident_types.confirmed', details: { types: unique } }, now, async (tx) => {
      const known: Array<{ id: string }> = await tx.query(`SELECT id FROM incident_types WHERE id = ANY($1::text[])`, [unique]);
      if (known.length !== unique.length) throw new DomainError('INPUT.INVALID', 'Unknown incident type id.');
      await tx.update(ReportEntity, { id: reportId }, { confirmedIncidentTypes: unique });
    });
  }

  async addNote(reportId: string, body: string, actorId: string, now: Date): Promise<ReportNoteView> {
    const id = randomUUID();
    await this.change(reportId, { actorId, action: 'report.note.added', details: { noteId: id } }, now, (tx) =>
      tx.query(`INSERT INTO report_notes (id, report_id, author_id, body, created_at) VALUES ($1,$2,$3,$4,$5)`, [id, reportId, actorId, body, now]),
    );
    return { id, authorId: actorId, body, createdAt: now.toISOString() };
  }

  async listNotes(reportId: string): Promise<ReportNoteView[]> {
    const rows: Array<{ id: string; author_id: string | null; body: string; created_at: Date }> = await this.dataSource.query(
      `SELECT id, author_id, body, created_at FROM report_notes WHERE report_id = $1 ORDER BY created_at, id`,
      [reportId],
    );
    return rows.map((r) => ({ id: r.id, authorId: r.author_id, body: r.body, createdAt: r.created_at.toISOString() }));
  }

  /** Confirms or rejects a suggested link (or changes a previous review). */
  async reviewLink(reportId: string, linkId: string, status: 'confirmed' | 'rejected', actorId: string, now: Date): Promise<void> {
    await this.change(reportId, { actorId, action: `report.link.${status}`, details: { linkId } }, now, async (tx) => {
      const [, affected]: [unknown, number] = await tx.query(`UPDATE report_links SET status = $3 WHERE id = $2::bigint AND report_id = $1`, [reportId, linkId, status]);
      if (affected !== 1) throw new DomainError('RESOURCE.NOT_FOUND', 'No such link on this report.');
    });
  }

  /** A link a moderator adds by hand: confirmed, staff origin, kept across re-linking. */
  async addLink(reportId: string, link: { entityType: 'organization' | 'location'; key: string }, actorId: string, now: Date): Promise<void> {
    await this.change(reportId, { actorId, action: 'report.link.added', details: { entityType: link.entityType, key: link.key } }, now, async (tx) => {
      const table = link.entityType === 'organization' ? 'organizations' : 'locations';
      const [entity]: Array<{ kind: string }> = await tx.query(`SELECT kind FROM ${table} WHERE key = $1`, [link.key]);
      if (!entity) throw new DomainError('INPUT.INVALID', `No ${link.entityType} with key "${link.key}" in the gazetteer.`);
      await tx
        .createQueryBuilder()
        .insert()
        .into(ReportLinkEntity)
        .values({ reportId, entityType: link.entityType, entityKey: link.key, kind: entity.kind, confidence: 1, startOffset: 0, endOffset: 0, evidence: 'added by a moderator', status: 'confirmed', origin: 'staff' })
        .orUpdate(['status', 'origin'], ['report_id', 'entity_key', 'start_offset', 'end_offset'])
        .execute();
    });
  }

  /** The sealed narrative and current spans, for redaction review and the audited raw reveal. */
  async sealedNarrative(reportId: string): Promise<SealedNarrativeRow> {
    const row = await this.dataSource.getRepository(ReportEntity).findOne({
      where: { id: reportId },
      select: { id: true, narrativeCiphertext: true, narrativeWrappedKey: true, redactionSpans: true },
    });
    if (!row) throw new DomainError('REPORT.NOT_FOUND', 'No such report.');
    if (!row.narrativeCiphertext || !row.narrativeWrappedKey) throw new DomainError('REPORT.RAW_UNAVAILABLE', 'The raw text of this report was deleted under the retention rule.');
    return { id: row.id, narrativeCiphertext: row.narrativeCiphertext, narrativeWrappedKey: row.narrativeWrappedKey, redactionSpans: row.redactionSpans as RedactionSpan[] };
  }

  /**
   * Stores a moderator's corrected redaction if the spans are still the ones the edit was
   * computed from (otherwise 409: someone else changed it meanwhile).
   */
  async replaceRedaction(reportId: string, previous: RedactionSpan[], next: { redacted: string; spans: RedactionSpan[] }, audit: AuditInput, now: Date): Promise<void> {
    await this.change(reportId, audit, now, async (tx) => {
      const [, affected]: [unknown, number] = await tx.query(
        `UPDATE reports SET redacted_narrative = $2, redaction_spans = $3::jsonb WHERE id = $1 AND redaction_spans = $4::jsonb`,
        [reportId, next.redacted, JSON.stringify(next.spans), JSON.stringify(previous)],
      );
      if (affected !== 1) throw new DomainError('REPORT.STALE_REVISION', 'The redaction changed meanwhile. Reload and try again.');
    });
  }

  /** Appends an audit event about a report that exists (e.g. a view or a raw reveal). */
  async auditReport(reportId: string, audit: AuditInput, now: Date): Promise<void> {
    await this.change(reportId, audit, now, async () => undefined);
  }

  /** Locks the report, runs the change and appends its audit event, in one transaction. */
  private async change(reportId: string, audit: AuditInput, now: Date, apply: (tx: EntityManager) => Promise<unknown>): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const locked = await tx.getRepository(ReportEntity).createQueryBuilder('r').select('r.id').setLock('pessimistic_write').where('r.id = :id', { id: reportId }).getOne();
      if (!locked) throw new DomainError('REPORT.NOT_FOUND', 'No such report.');
      await apply(tx);
      await this.audit.append(tx, { targetType: 'report', targetId: reportId, ...audit }, now);
    });
  }
}
