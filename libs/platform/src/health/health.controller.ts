import { Controller, Get, HttpCode, Inject, Optional, ServiceUnavailableException } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { Public } from '../access/access.decorator';

export const HEALTH_DATA_SOURCE = Symbol('HEALTH_DATA_SOURCE');
/** Optional: `() => Promise<boolean>` telling whether the queue backend (Redis) answers. */
export const HEALTH_QUEUE_PROBE = Symbol('HEALTH_QUEUE_PROBE');

/**
 * Liveness and readiness. Readiness fails only without the database (nothing can be stored);
 * the queue backend is reported but does not fail it: reports are kept in the outbox while
 * Redis is down and nothing is lost.
 */
@Controller('health')
export class HealthController {
  constructor(
    @Inject(HEALTH_DATA_SOURCE) private readonly dataSource: DataSource,
    @Optional() @Inject(HEALTH_QUEUE_PROBE) private readonly queueProbe?: () => Promise<boolean>,
  ) {}

  @Get('live')
  @Public()
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  async ready(): Promise<{ status: 'ok'; database: 'up'; queue?: 'up' | 'down' }> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableException({ error: 'temporarily_unavailable', message: 'database unavailable' });
    }
    if (!this.queueProbe) return { status: 'ok', database: 'up' };
    return { status: 'ok', database: 'up', queue: (await this.queueProbe().catch(() => false)) ? 'up' : 'down' };
  }
}
