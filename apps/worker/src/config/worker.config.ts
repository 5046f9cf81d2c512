import { Expose, Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { CommonConfig, IntegerSetting, loadConfigs, NarrativeKeyConfig } from '@tnr/platform';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

export class WorkerTuningConfig {
  @Expose({ name: 'WORKER_CONCURRENCY' })
  @Transform(toInt)
  @IsInt({ message: 'WORKER_CONCURRENCY must be an integer' })
  @Min(1)
  @Max(32)
  concurrency: number = 2;

  /** How often the outbox relay looks for new rows when idle. */
  @Expose({ name: 'OUTBOX_POLL_MS' })
  @Transform(toInt)
  @IsInt({ message: 'OUTBOX_POLL_MS must be an integer' })
  @Min(10)
  @Max(60000)
  outboxPollMs: number = 250;

  /** How often the reconciler re-drives reports whose job was lost. */
  @Expose({ name: 'RECONCILE_INTERVAL_MS' })
  @Transform(toInt)
  @IsInt({ message: 'RECONCILE_INTERVAL_MS must be an integer' })
  @Min(100)
  reconcileIntervalMs: number = 60000;

  /** Days after a decision before the raw narrative is deleted (the redacted text stays). */
  @Expose({ name: 'RAW_RETENTION_DAYS' })
  @Transform(toInt)
  @IsInt({ message: 'RAW_RETENTION_DAYS must be an integer' })
  @Min(1, { message: 'RAW_RETENTION_DAYS must be at least 1' })
  @Max(3650)
  rawRetentionDays: number = 90;

  /** Days after a decision before message bodies are deleted (unset: RAW_RETENTION_DAYS). */
  @IntegerSetting('MESSAGE_RETENTION_DAYS', 1, 3650, { optional: true })
  messageRetentionDays?: number;

  @Expose({ name: 'RETENTION_INTERVAL_MS' })
  @Transform(toInt)
  @IsInt({ message: 'RETENTION_INTERVAL_MS must be an integer' })
  @Min(1000)
  retentionIntervalMs: number = 3_600_000;
}

export const workerConfigClasses = { common: CommonConfig, narrative: NarrativeKeyConfig, tuning: WorkerTuningConfig };
export type WorkerConfig = ReturnType<typeof loadWorkerConfig>;

/** The only place the worker reads the environment. */
export function loadWorkerConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfigs(workerConfigClasses, env);
}
