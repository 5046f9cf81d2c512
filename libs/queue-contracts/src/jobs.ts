/**
 * Queue and job names are PERMANENT: they are stored in Redis (or BullMQ's PostgreSQL
 * tables) with every job. Renaming one strands the jobs already queued under the old name.
 */
export const QUEUE_NAMES = {
  reportPipeline: 'report-pipeline',
  /** Long jobs over many reports (re-linking after a gazetteer change). */
  maintenance: 'gazetteer-maintenance',
} as const;
export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES];

/**
 * Job name → payload. Payloads carry ids, a revision and a version: never report text, since
 * the queue backend, its dashboard and failure logs all see payloads in clear.
 */
export interface JobPayloads {
  'analyse-report': { v: 1; reportId: string; revision: number };
  /** Re-link every analysed report against gazetteer version `gazetteerVersion`. */
  'relink-all': { v: 1; gazetteerVersion: number };
}
export type JobName = keyof JobPayloads;

export const JOB_QUEUE: { readonly [N in JobName]: QueueName } = {
  'analyse-report': QUEUE_NAMES.reportPipeline,
  'relink-all': QUEUE_NAMES.maintenance,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Validates a payload read back from the outbox or the queue. */
export function parsePayload<N extends JobName>(name: N, value: unknown): JobPayloads[N] {
  const v = value as Record<string, unknown> | null;
  switch (name) {
    case 'analyse-report':
      if (!v || v.v !== 1 || typeof v.reportId !== 'string' || !UUID.test(v.reportId) || !Number.isInteger(v.revision) || (v.revision as number) < 1) {
        throw new Error(`invalid ${name} payload`);
      }
      return { v: 1, reportId: v.reportId, revision: v.revision as number } as JobPayloads[N];
    case 'relink-all':
      if (!v || v.v !== 1 || !Number.isInteger(v.gazetteerVersion) || (v.gazetteerVersion as number) < 1) throw new Error(`invalid ${name} payload`);
      return { v: 1, gazetteerVersion: v.gazetteerVersion as number } as JobPayloads[N];
    default:
      throw new Error('unknown job name');
  }
}

/**
 * Deterministic job ids make enqueueing idempotent: adding the same id twice is a no-op while
 * the first job is kept. BullMQ ids must not contain `:` nor be all digits.
 */
export function jobIdFor<N extends JobName>(name: N, payload: JobPayloads[N]): string {
  switch (name) {
    case 'analyse-report':
      return `analyse-${(payload as JobPayloads['analyse-report']).reportId}-r${(payload as JobPayloads['analyse-report']).revision}`;
    case 'relink-all':
      return `relink-g${(payload as JobPayloads['relink-all']).gazetteerVersion}`;
    default:
      throw new Error('unknown job name');
  }
}

export function isJobName(value: string): value is JobName {
  return Object.prototype.hasOwnProperty.call(JOB_QUEUE, value);
}
