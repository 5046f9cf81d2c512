import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DashboardRepository, type DashboardCounts } from '@tnr/database';
import { RequiresPermission } from '@tnr/platform';
import { DashboardResponseDto } from './dashboard.response.dto';

/** Counts for the admin UI's dashboard: reports by status, over time, by type, country and city. */
@ApiTags('dashboard')
@ApiBearerAuth('staff-session')
@Controller('v1/dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardRepository) {}

  @Get()
  @RequiresPermission('stats:read')
  @ApiOkResponse({ type: DashboardResponseDto })
  counts(): Promise<DashboardCounts> {
    return this.dashboard.counts();
  }
}
