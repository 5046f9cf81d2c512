import { Expose, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';

const toUndefinedIfEmpty = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/**
 * Variables every process shares. `DATABASE_URL` and `REDIS_URL` are optional only when
 * the embedded mode is used (scripts/start.js sets them for the apps it starts).
 */
export class CommonConfig {
  @Expose({ name: 'DATABASE_URL' })
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  databaseUrl!: string;

  /** Unset: BullMQ runs on its PostgreSQL backend in the same database. */
  @Expose({ name: 'REDIS_URL' })
  @Transform(toUndefinedIfEmpty)
  @IsOptional()
  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  redisUrl?: string;

  @Expose({ name: 'LOG_LEVEL' })
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent' })
  logLevel: string = 'info';

  /** Schema where BullMQ keeps its tables in PostgreSQL-backend mode. */
  @Expose({ name: 'QUEUE_PG_SCHEMA' })
  @IsString()
  @MinLength(1)
  queuePgSchema: string = 'bullmq';
}

export class HttpConfig {
  @Expose({ name: 'PORT' })
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt({ message: 'PORT must be an integer' })
  @Min(0, { message: 'PORT must be between 0 (any free port) and 65535' })
  @Max(65535, { message: 'PORT must be between 0 (any free port) and 65535' })
  port!: number;

  @Expose({ name: 'HOST' })
  @IsString()
  host: string = '127.0.0.1';
}
