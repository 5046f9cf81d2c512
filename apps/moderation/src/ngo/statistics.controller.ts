import { Controller, Get } from '@nestjs/common';
import { ApiSecurity, ApiTags } from '@nestjs/swagger';
import { DEFAULT_MIN_CELL, suppressOneWay, type StatCell } from '@tnr/domain';
import { StatisticsRepository } from '@tnr/database';
import { NgoKey } from '@tnr/platform';

/** Aggregates for partner NGOs: verified reports only, small cells suppressed. */
@ApiTags('statistics')
@ApiSecurity('ngo-key')
@Controller('v1/stats')
export class StatisticsController {
  constructor(private readonly statistics: StatisticsRepository) {}

  @Get('reports-by-country')
  @NgoKey()
  async reportsByCountry(): Promise<{ table: string; minCell: number; cells: StatCell<'country'>[]; total: number | null }> {
    const { cells, total } = suppressOneWay('country', await this.statistics.verifiedByCountry(), DEFAULT_MIN_CELL);
    return { table: 'reports-by-country', minCell: DEFAULT_MIN_CELL, cells, total };
  }
}
