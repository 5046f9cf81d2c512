import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database.tokens';

@Injectable()
export class StatisticsRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** Verified reports per country; reports without a country count as `unknown`. */
  async verifiedByCountry(): Promise<Array<{ value: string; count: number }>> {
    return this.dataSource.query(
      `SELECT COALESCE(country_code, 'unknown') AS value, count(*)::int AS count
         FROM reports WHERE status = 'verified' GROUP BY 1`,
    );
  }
}
