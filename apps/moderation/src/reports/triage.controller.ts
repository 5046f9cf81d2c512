import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DomainError, type RedactedReport, type ReportNoteView } from '@tnr/domain';
import { ReportRepository, ReportTriageRepository, type StaffPrincipal } from '@tnr/database';
import { RequiresPermission } from '@tnr/platform';
import { CurrentPrincipal } from '../auth/principal.decorator';
import { RedactionReviewService } from './redaction-review.service';
import { AddLinkRequestDto, AssignRequestDto, IncidentTypesRequestDto, NoteRequestDto, RedactionEditRequestDto, RevealRequestDto, ReviewLinkRequestDto, TagsRequestDto } from './triage.request.dto';
import { RawNarrativeResponseDto, ReportNoteDto, ReportResponseDto } from './report.response.dto';

const ReportId = () => Param('id', new ParseUUIDPipe({ version: '4' }));

/** Moderators' work on one report. Each change is audited with the change, in one transaction. */
@ApiTags('reports')
@ApiBearerAuth('staff-session')
@Controller('v1/reports/:id')
export class TriageController {
  constructor(
    private readonly reports: ReportRepository,
    private readonly triage: ReportTriageRepository,
    private readonly redaction: RedactionReviewService,
  ) {}

  @Post('assign')
  @RequiresPermission('reports:triage')
  @HttpCode(200)
  @ApiOkResponse({ type: ReportResponseDto })
  async assign(@ReportId() id: string, @Body() body: AssignRequestDto, @CurrentPrincipal() p: StaffPrincipal): Promise<RedactedReport> {
    await this.triage.assign(id, body.assigneeId, p.id, new Date());
    return this.reports.getRedacted(id);
  }

  @Put('tags')
  @RequiresPermission('reports:triage')
  @ApiOkResponse({ type: ReportResponseDto })
  async tags(@ReportId() id: string, @Body() body: TagsRequestDto, @CurrentPrincipal() p: StaffPrincipal): Promise<RedactedReport> {
    await this.triage.setTags(id, body.tags, p.id, new Date());
    return this.reports.getRedacted(id);
  }

  @Post('notes')
  @RequiresPermission('reports:triage')
  @ApiCreatedResponse({ type: ReportNoteDto })
  addNote(@ReportId() id: string, @Body() body: NoteRequestDto, @CurrentPrincipal() p: StaffPrincipal): Promise<ReportNoteView> {
    return this.triage.addNote(id, body.body, p.id, new Date());
  }

  @Put('incident-types')
  @RequiresPermission('reports:triage')
  @ApiOkResponse({ type: ReportResponseDto })
  async incidentTypes(@ReportId() id: string, @Body() body: IncidentTypesRequestDto, @CurrentPrincipal() p: StaffPrincipal): Promise<RedactedReport> {
    await this.triage.confirmIncidentTypes(id, body.types, p.id, new Date());
    return this.reports.getRedacted(id);
  }

  @Patch('links/:linkId')
  @RequiresPermission('reports:triage')
  @ApiOkResponse({ type: ReportResponseDto })
  async reviewLink(@ReportId() id: string, @Param('linkId') linkId: string, @Body() body: ReviewLinkRequestDto, @CurrentPrincipal() p: StaffPrincipal): Promise<RedactedReport> {
    if (!/^\d{1,18}$/.test(linkId)) throw new DomainError('RESOURCE.NOT_FOUND', 'No such link on this report.');
    await this.triage.reviewLink(id, linkId, body.status, p.id, new Date());
    return this.reports.getRedacted(id);
  }

  @Post('links')
  @RequiresPermission('reports:triage')
  @ApiCreatedResponse({ type: ReportResponseDto })
  async addLink(@ReportId() id: string, @Body() body: AddLinkRequestDto, @CurrentPrincipal() p: StaffPrincipal): Promise<RedactedReport> {
    await this.triage.addLink(id, body, p.id, new Date());
    return this.reports.getRedacted(id);
  }

  /** Add missed spans (offsets in the redacted text) or undo wrong ones; the text is re-rendered. */
  @Post('redactions')
  @RequiresPermission('reports:triage')
  @HttpCode(200)
  @ApiOkResponse({ type: ReportResponseDto })
  async editRedaction(@ReportId() id: string, @Body() body: RedactionEditRequestDto, @CurrentPrincipal() p: StaffPrincipal): Promise<RedactedReport> {
    await this.redaction.edit(id, body, p, new Date());
    return this.reports.getRedacted(id);
  }

  /** The raw narrative, once per request, with a reason that goes into the audit log. Never cached. */
  @Post('raw')
  @RequiresPermission('raw:read')
  @HttpCode(200)
  @ApiOkResponse({ type: RawNarrativeResponseDto })
  reveal(@ReportId() id: string, @Body() body: RevealRequestDto, @CurrentPrincipal() p: StaffPrincipal): Promise<{ narrative: string }> {
    return this.redaction.reveal(id, body.reason, p, new Date());
  }
}
