import { Inject, Injectable } from '@nestjs/common';
import { assertTransition, coarseDate, DECISIONS, DomainError, type RedactedReport, type StaffStatusTarget, type ReportLinkView, type ReportStatus } from '@tnr/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { DATA_SOURCE } from '../database.tokens';
import { OutboxEntity, ReportEntity, ReportLinkEntity } from '../entities';
import { AuditRepository } from './audit.repository';
import { spendTokens, type SpentToken } from './spent-token.repository';

export interface NewReport {
  id: string;
  channel: 'api' | 'form';
  language: string | null;
  countryCode: string | null;
  city: string | null;
  incidentMonth: string | null;
  reportedIncidentTypes: string[];
  wantsReplies: boolean;
  narrativeCiphertext: Buffer;
  narrativeWrappedKey: Buffer;
  receiptHash: string;
  createdOn: string;
  /** Whether the submission carried a solved proof-of-work challenge. */
  proofOfWork: boolean;
}

export interface SealedReportForAnalysis {
  id: string;
  revision: number;
  narrativeCiphertext: Buffer;
  narrativeWrappedKey: Buffer;
}

export interface AnalysisToStore {
  redactedNarrative: string;
  redactionSpans: ReportEntity['redactionSpans'];
  suggestedIncidentTypes: ReportEntity['suggestedIncidentTypes'];
  links: Array<{ entityType: 'organization' | 'location'; key: string; kind: string; start: number; end: number; confidence: number; evidence: string }>;
}

export interface ReportListQuery {
  statuses?: ReportStatus[];
  /** Reported, suggested or confirmed incident type id. */
  incidentType?: string;
  country?: string;
  /** Key of a linked organization, station or location (link not rejected). */
  entityKey?: string;
  /** Received on or after / on or before (YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** A staff id, or `none` for unassigned. */
  assignee?: string;
  tag?: string;
  /** Substring of the redacted narrative (trigram index; works for Chinese). */
  text?: string;
  sort?: 'newest' | 'oldest';
  limit: number;
  /** Opaque keyset cursor from the previous page. */
  after?: string;
}

const REPORT_COLUMNS = ['r.id', 'r.status', 'r.language', 'r.countryCode', 'r.city', 'r.incidentMonth', 'r.reportedIncidentTypes', 'r.suggestedIncidentTypes', 'r.redactedNarrative', 'r.redactionSpans', 'r.revision', 'r.createdOn', 'r.assigneeId', 'r.tags', 'r.duplicateOf', 'r.confirmedIncidentTypes', 'r.rawPurgedOn', 'r.proofOfWork'];

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The analysis job's name; kept here as text so the database lib needs no queue import. */
export const ANALYSE_REPORT_TOPIC = 'analyse-report';

function encodeCursor(createdOn: string, id: string): string {
  return Buffer.from(`${createdOn}|${id}`).toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  const [createdOn, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!createdOn || !id || !/^\d{4}-\d{2}-\d{2}$/.test(createdOn) || !/^[0-9a-f-]{36}$/.test(id)) {
    throw new DomainError('INPUT.INVALID', 'The cursor is not valid.');
  }
  return [createdOn, id];
}

@Injectable()
export class ReportRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly audit: AuditRepository,
  ) {}

  /**
   * The report and the outbox row announcing it commit together or not at all, with the
   * one-time values it spends (throws TokenAlreadySpentError, storing nothing, when one was
   * spent already).
   */
  async createWithOutbox(report: NewReport, spends: readonly SpentToken[] = []): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await spendTokens(tx, spends);
      await tx.insert(ReportEntity, { ...report, status: 'submitted', revision: 1, processedRevision: null });
      await tx.insert(OutboxEntity, { topic: ANALYSE_REPORT_TOPIC, payload: { v: 1, reportId: report.id, revision: 1 } });
    });
  }

  /**
   * Moves the report to `processing` and returns its sealed narrative, or null when the job
   * is stale (a newer revision exists), this revision was already processed, or the raw
   * narrative has been deleted under the retention rule.
   */
  async startAnalysis(reportId: string, revision: number): Promise<SealedReportForAnalysis | null> {
    return this.dataSource.transaction(async (tx) => {
      const report = await this.lock(tx, reportId);
      if (!report || report.revision !== revision || (report.processedRevision ?? 0) >= revision) return null;
      if (!report.narrativeCiphertext || !report.narrativeWrappedKey) return null;
      if (report.status === 'submitted') {
        assertTransition('submitted', 'processing');
        await tx.update(ReportEntity, { id: reportId }, { status: 'processing' });
      }
      return {
        id: report.id,
        revision: report.revision,
        narrativeCiphertext: report.narrativeCiphertext,
        narrativeWrappedKey: report.narrativeWrappedKey,
      };
    });
  }

  /**
   * Stores redaction, links and types and moves the report to `awaiting_review`, all in one
   * transaction, so moderators never see half a result. Returns false for a stale revision.
   */
  async completeAnalysis(reportId: string, revision: number, result: AnalysisToStore): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const report = await this.lock(tx, reportId);
      if (!report || report.revision !== revision || (report.processedRevision ?? 0) >= revision) return false;
      await this.replacePipelineLinks(tx, reportId, result.links);
      const next: ReportStatus = 'awaiting_review';
      if (report.status !== next) assertTransition(report.status as ReportStatus, next);
      await tx.update(
        ReportEntity,
        { id: reportId },
        {
          status: next,
          redactedNarrative: result.redactedNarrative,
          redactionSpans: result.redactionSpans,
          suggestedIncidentTypes: result.suggestedIncidentTypes,
          processedRevision: revision,
        },
      );
      return true;
    });
  }

  async listRedacted(query: ReportListQuery): Promise<{ items: RedactedReport[]; next: string | null }> {
    const direction = query.sort === 'oldest' ? 'ASC' : 'DESC';
    const qb = this.dataSource
      .getRepository(ReportEntity)
      .createQueryBuilder('r')
      .select(REPORT_COLUMNS)
      .orderBy('r.created_on', direction)
      .addOrderBy('r.id', direction)
      .limit(query.limit + 1);
    if (query.statuses?.length) qb.andWhere('r.status IN (:...statuses)', { statuses: query.statuses });
    if (query.country) qb.andWhere('r.country_code = :country', { country: query.country });
    if (query.from) qb.andWhere('r.created_on >= :from', { from: query.from });
    if (query.to) qb.andWhere('r.created_on <= :to', { to: query.to });
    if (query.assignee === 'none') qb.andWhere('r.assignee_id IS NULL');
    else if (query.assignee) qb.andWhere('r.assignee_id = :assignee', { assignee: query.assignee });
    if (query.tag) qb.andWhere(':tag = ANY(r.tags)', { tag: query.tag });
    if (query.incidentType) {
      qb.andWhere(
        `(r.reported_incident_types @> ARRAY[:type]::text[] OR r.confirmed_incident_types @> ARRAY[:type]::text[] OR r.suggested_incident_types @> jsonb_build_array(jsonb_build_object('id', :type::text)))`,
        { type: query.incidentType },
      );
    }
    if (query.entityKey) {
      qb.andWhere(`EXISTS (SELECT 1 FROM report_links l WHERE l.report_id = r.id AND l.entity_key = :entityKey AND l.status <> 'rejected')`, { entityKey: query.entityKey });
    }
    if (query.text) qb.andWhere(`r.redacted_narrative ILIKE :text ESCAPE '\\'`, { text: likePattern(query.text) });
    if (query.after) {
      const [createdOn, id] = decodeCursor(query.after);
      qb.andWhere(`(r.created_on, r.id) ${direction === 'DESC' ? '<' : '>'} (:createdOn, :id)`, { createdOn, id });
    }
    const rows = await qb.getMany();
    const page = rows.slice(0, query.limit);
    const links = await this.linksFor(page.map((r) => r.id));
    const last = page[page.length - 1];
    return {
      items: page.map((r) => this.toRedacted(r, links.get(r.id) ?? [])),
      next: rows.length > query.limit && last ? encodeCursor(last.createdOn, last.id) : null,
    };
  }

  async getRedacted(id: string): Promise<RedactedReport> {
    const row = await this.dataSource.getRepository(ReportEntity).createQueryBuilder('r').select(REPORT_COLUMNS).where('r.id = :id', { id }).getOne();
    if (!row) throw new DomainError('REPORT.NOT_FOUND', 'No such report.');
    const links = await this.linksFor([id]);
    return this.toRedacted(row, links.get(id) ?? []);
  }

  /** Applies a moderator's decision through the state machine and audits it, atomically. */
  async decide(id: string, decision: StaffStatusTarget, actorId: string, now: Date, duplicateOf: string | null = null): Promise<RedactedReport> {
    await this.dataSource.transaction(async (tx) => {
      const report = await this.lock(tx, id);
      if (!report) throw new DomainError('REPORT.NOT_FOUND', 'No such report.');
      assertTransition(report.status as ReportStatus, decision);
      if (decision === 'duplicate') {
        if (!duplicateOf || duplicateOf === id) throw new DomainError('INPUT.INVALID', 'duplicateOf must name another report.');
        const target = await tx.getRepository(ReportEntity).findOne({ where: { id: duplicateOf }, select: { id: true, duplicateOf: true } });
        if (!target) throw new DomainError('REPORT.NOT_FOUND', 'The report named in duplicateOf does not exist.');
        // Merge into the case's root, so chains never form and every duplicate points at one case.
        duplicateOf = target.duplicateOf ?? target.id;
        if (duplicateOf === id) throw new DomainError('INPUT.INVALID', 'A report cannot be a duplicate of its own duplicate.');
        await tx.update(ReportEntity, { duplicateOf: id }, { duplicateOf });
      }
      const isDecision = (DECISIONS as readonly string[]).includes(decision);
      await tx.update(ReportEntity, { id }, { status: decision, decidedOn: isDecision ? coarseDate(now) : null, duplicateOf: decision === 'duplicate' ? duplicateOf : null });
      await this.audit.append(tx, { actorId, action: `report.decision.${decision}`, targetType: 'report', targetId: id, details: { from: report.status, ...(duplicateOf && decision === 'duplicate' ? { duplicateOf } : {}) } }, now);
    });
    return this.getRedacted(id);
  }

  /**
   * Deletes the raw narrative (ciphertext and wrapped key) of reports decided at least
   * `retentionDays` days before `today`; redacted text, links and statistics stay.
   */
  async purgeRawNarratives(today: string, retentionDays: number): Promise<number> {
    const [, affected]: [unknown, number] = await this.dataSource.query(
      `UPDATE reports SET narrative_ciphertext = NULL, narrative_wrapped_key = NULL, raw_purged_on = $1::date
        WHERE raw_purged_on IS NULL AND decided_on IS NOT NULL
          AND status IN ('verified', 'rejected', 'duplicate')
          AND decided_on <= $1::date - $2::int`,
      [today, retentionDays],
    );
    return affected;
  }

  /** Up to `limit` reports whose data key is wrapped under another KEK than `currentKeyId`. */
  async wrappedKeysNotUnder(currentKeyId: string, limit: number): Promise<Array<{ id: string; wrappedKey: Buffer }>> {
    return this.dataSource.query(
      `SELECT id, narrative_wrapped_key AS "wrappedKey" FROM reports WHERE narrative_key_id <> $1 ORDER BY id LIMIT $2`,
      [currentKeyId, limit],
    );
  }

  /** Replaces a wrapped data key if it is still the one that was read (no lost update). */
  async replaceWrappedKey(id: string, previous: Buffer, next: Buffer): Promise<boolean> {
    const [, affected]: [unknown, number] = await this.dataSource.query(
      `UPDATE reports SET narrative_wrapped_key = $3 WHERE id = $1 AND narrative_wrapped_key = $2`,
      [id, previous, next],
    );
    return affected === 1;
  }

  /** What a reporter may see through their receipt: status and day received, nothing else. */
  async findByReceiptHash(receiptHash: string): Promise<{ id: string; status: ReportStatus; createdOn: string } | null> {
    const row = await this.dataSource.getRepository(ReportEntity).findOne({ where: { receiptHash }, select: { id: true, status: true, createdOn: true } });
    return row ? { id: row.id, status: row.status as ReportStatus, createdOn: row.createdOn } : null;
  }

  /** Analysed reports in id order after `afterId`, for re-linking (sealed; never decrypted here). */
  async listAnalysed(afterId: string | null, limit: number): Promise<Array<SealedReportForAnalysis & { processedRevision: number }>> {
    const qb = this.dataSource
      .getRepository(ReportEntity)
      .createQueryBuilder('r')
      .select(['r.id', 'r.revision', 'r.processedRevision', 'r.narrativeCiphertext', 'r.narrativeWrappedKey'])
      .where('r.processed_revision IS NOT NULL')
      .andWhere('r.narrative_ciphertext IS NOT NULL')
      .orderBy('r.id', 'ASC')
      .limit(limit);
    if (afterId) qb.andWhere('r.id > :afterId', { afterId });
    const rows = await qb.getMany();
    return rows.map((r) => ({ id: r.id, revision: r.revision, processedRevision: r.processedRevision as number, narrativeCiphertext: r.narrativeCiphertext as Buffer, narrativeWrappedKey: r.narrativeWrappedKey as Buffer }));
  }

  async countAnalysed(): Promise<number> {
    return this.dataSource.getRepository(ReportEntity).createQueryBuilder('r').where('r.processed_revision IS NOT NULL').andWhere('r.narrative_ciphertext IS NOT NULL').getCount();
  }

  /**
   * Replaces the pipeline's suggested links and incident types of an analysed report (after a
   * gazetteer change). Links staff confirmed, rejected or added are kept. Returns false when
   * the report was re-analysed meanwhile (that run already used the newer gazetteer).
   */
  async replaceSuggestions(reportId: string, processedRevision: number, links: AnalysisToStore['links'], types: AnalysisToStore['suggestedIncidentTypes']): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const report = await this.lock(tx, reportId);
      if (!report || report.processedRevision !== processedRevision) return false;
      await this.replacePipelineLinks(tx, reportId, links);
      await tx.update(ReportEntity, { id: reportId }, { suggestedIncidentTypes: types });
      return true;
    });
  }

  private async replacePipelineLinks(tx: EntityManager, reportId: string, links: AnalysisToStore['links']): Promise<void> {
    await tx.delete(ReportLinkEntity, { reportId, origin: 'pipeline', status: 'suggested' });
    if (links.length === 0) return;
    await tx
      .createQueryBuilder()
      .insert()
      .into(ReportLinkEntity)
      .values(
        links.map((l) => ({
          reportId,
          entityType: l.entityType,
          entityKey: l.key,
          kind: l.kind,
          confidence: l.confidence,
          startOffset: l.start,
          endOffset: l.end,
          evidence: l.evidence,
          status: 'suggested',
          origin: 'pipeline',
        })),
      )
      .orIgnore()
      .execute();
  }

  private async lock(tx: EntityManager, id: string): Promise<ReportEntity | null> {
    return tx.getRepository(ReportEntity).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :id', { id }).getOne();
  }

  private async linksFor(ids: string[]): Promise<Map<string, ReportLinkView[]>> {
    const map = new Map<string, ReportLinkView[]>();
    if (ids.length === 0) return map;
    const rows: Array<{ id: string; report_id: string; entity_type: ReportLinkView['entityType']; kind: string; entity_key: string; name: string | null; start_offset: number; end_offset: number; confidence: number; evidence: string; status: ReportLinkView['status']; origin: ReportLinkView['origin'] }> =
      await this.dataSource.query(
        `SELECT l.id::text AS id, l.report_id, l.entity_type, l.origin, l.kind, l.entity_key, COALESCE(o.name_en, loc.name_en) AS name, l.start_offset, l.end_offset, l.confidence, l.evidence, l.status
           FROM report_links l
           LEFT JOIN organizations o ON l.entity_type = 'organization' AND o.key = l.entity_key
           LEFT JOIN locations loc ON l.entity_type = 'location' AND loc.key = l.entity_key
          WHERE l.report_id = ANY($1::uuid[])
          ORDER BY l.start_offset, l.end_offset DESC`,
        [ids],
      );
    for (const l of rows) {
      const view: ReportLinkView = {
        id: l.id,
        entityType: l.entity_type,
        origin: l.origin,
        kind: l.kind,
        key: l.entity_key,
        name: l.name ?? l.entity_key,
        start: l.start_offset,
        end: l.end_offset,
        confidence: Number(l.confidence),
        evidence: l.evidence,
        status: l.status,
      };
      map.set(l.report_id, [...(map.get(l.report_id) ?? []), view]);
    }
    return map;
  }

  private toRedacted(r: ReportEntity, links: ReportLinkView[]): RedactedReport {
    return {
      id: r.id,
      status: r.status as ReportStatus,
      language: r.language,
      country: r.countryCode,
      city: r.city,
      incidentMonth: r.incidentMonth,
      reportedIncidentTypes: r.reportedIncidentTypes,
      suggestedIncidentTypes: r.suggestedIncidentTypes,
      redactedNarrative: r.redactedNarrative,
      redactionSpans: r.redactionSpans,
      links,
      revision: r.revision,
      createdOn: r.createdOn,
      assigneeId: r.assigneeId,
      tags: r.tags,
      duplicateOf: r.duplicateOf,
      confirmedIncidentTypes: r.confirmedIncidentTypes,
      rawAvailable: r.rawPurgedOn === null,
      proofOfWork: r.proofOfWork,
    };
  }
}
