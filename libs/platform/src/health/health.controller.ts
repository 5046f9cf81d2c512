import { Controller, Get, HttpCode, Inject, ServiceUnavailableException } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { Public } from '../access/access.decorator';

export const HEALTH_DATA_SOURCE = Symbol('HEALTH_DATA_SOURCE');

/** Liveness and readiness. Readiness checks the database: without it nothing can be stored. */
@Controller('health')
export class HealthController {
  constructor(@Inject(HEALTH_DATA_SOURCE) private readonly dataSource: DataSource) {}

  @Get('live')
  @Public()
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  async ready(): Promise<{ status: 'ok'; database: 'up' }> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableException({ error: 'temporarily_unavailable', message: 'database unavailable' });
    }
    return { status: 'ok', database: 'up' };
  }
}
