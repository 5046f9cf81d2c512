import { Inject, Injectable } from '@nestjs/common';
import { SpentTokenRepository, TokenAlreadySpentError } from '@tnr/database';
import { deriveSubkey } from '@tnr/platform';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import type { IntakeConfig } from '../config/intake.config';
import { INTAKE_CONFIG } from '../intake.tokens';
import { GlobalBudget } from '../limits/global-budget';
import { ProofOfWorkService } from '../proof-of-work/proof-of-work.service';
import { SubmissionsService } from '../submissions/submissions.service';
import { SubmitReportRequestDto } from '../submissions/submit-report.request.dto';
import type { FormLanguage } from './form-language';
import type { FormErrorKey } from './form-messages';
import { SubmissionTokens } from './submission-tokens';

/** What the reporter typed, kept as text so a re-shown form loses nothing. */
export interface ReportFormValues {
  narrative: string;
  country: string;
  city: string;
  month: string;
  year: string;
  incidentTypes: string[];
  wantsReplies: boolean;
}

export type ReportFormField = 'narrative' | 'country' | 'city' | 'when' | 'incidentTypes';
/** One message per field; `form` is for problems that belong to no field (shown at the top). */
export type ReportFormErrors = Partial<Record<ReportFormField | 'form', FormErrorKey>>;

/**
 * `invalid` (400) and `busy` (429: the budget for reports without proof of work is spent)
 * re-show the form with everything typed and the `token` to send it with.
 */
export type ReportFormOutcome =
  | { kind: 'received'; receipt: string }
  | { kind: 'already_received' }
  | { kind: 'invalid' | 'busy'; values: ReportFormValues; errors: ReportFormErrors; token: string };

export const EMPTY_FORM: ReportFormValues = { narrative: '', country: '', city: '', month: '', year: '', incidentTypes: [], wantsReplies: false };

/** The form's field names; anything else in the body is refused (as the JSON API refuses it). */
const FORM_KEYS = new Set(['lang', 'submissionToken', 'altcha', 'narrative', 'country', 'city', 'month', 'year', 'incidentTypes', 'wantsReplies']);

/** The DTO property a validation error is about → the form field and message it shows. */
function errorFor(error: ValidationError): [ReportFormField | 'form', FormErrorKey] {
  const rules = Object.keys(error.constraints ?? {});
  switch (error.property) {
    case 'narrative':
      if (rules.includes('wellFormedText') && !rules.includes('isNotEmpty') && !rules.includes('isString')) return ['narrative', 'invalidCharacters'];
      if (rules.includes('maxLength') && !rules.includes('isNotEmpty')) return ['narrative', 'narrativeTooLong'];
      return ['narrative', 'narrativeRequired'];
    case 'country':
      return ['country', 'countryInvalid'];
    case 'city':
      return ['city', rules.includes('maxLength') ? 'cityTooLong' : 'invalidCharacters'];
    case 'incidentMonth':
      return ['when', 'whenInvalid'];
    case 'incidentTypes':
      return ['incidentTypes', 'typesInvalid'];
    default:
      return ['form', 'formInvalid'];
  }
}

/**
 * The server-rendered form's use case: reads the urlencoded body into text values, maps them
 * onto the JSON API's `SubmitReportRequestDto` and validates with the same rules (unknown
 * fields refused), then stores the report through `SubmissionsService` as channel `form`.
 * Each form carries a one-time token, so a reload of the receipt page stores nothing twice.
 * With JavaScript the form sends a solved proof-of-work challenge; without one the report is
 * still accepted, under a budget per hour shared by everyone, and marked for moderators.
 */
@Injectable()
export class ReportFormService {
  private readonly tokens: SubmissionTokens;
  private readonly noProofBudget: GlobalBudget;

  constructor(
    private readonly submissions: SubmissionsService,
    private readonly proofOfWork: ProofOfWorkService,
    private readonly spent: SpentTokenRepository,
    @Inject(INTAKE_CONFIG) config: IntakeConfig,
  ) {
    this.tokens = new SubmissionTokens(deriveSubkey(config.altcha.altchaHmacKey, 'form-submission-token'));
    const perHour = config.abuse.noPowReportsPerHour;
    this.noProofBudget = new GlobalBudget(perHour, perHour / 3600, Date.now());
  }

  /** The one-time token for a new, empty form. */
  newToken(now: Date): string {
    return this.tokens.issue(now);
  }

  async submit(body: unknown, language: FormLanguage, now: Date): Promise<ReportFormOutcome> {
    const fields: Record<string, unknown> = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
    const errors: ReportFormErrors = {};
    let malformed = Object.keys(fields).some((key) => !FORM_KEYS.has(key));
    // A repeated single-valued field (or a non-text value) is malformed, not silently resolved.
    const text = (key: string): string => {
      const value = fields[key];
      if (value === undefined) return '';
      if (typeof value === 'string') return value;
      malformed = true;
      return '';
    };
    const rawTypes = fields.incidentTypes;
    const incidentTypes = rawTypes === undefined ? [] : typeof rawTypes === 'string' ? [rawTypes] : Array.isArray(rawTypes) && rawTypes.every((t) => typeof t === 'string') ? (rawTypes as string[]) : ((malformed = true), []);
    const replies = text('wantsReplies');
    if (replies !== '' && replies !== 'yes') malformed = true;
    const values: ReportFormValues = {
      narrative: text('narrative'),
      country: text('country'),
      city: text('city'),
      month: text('month'),
      year: text('year'),
      incidentTypes,
      wantsReplies: replies === 'yes',
    };

    const month = values.month.trim();
    const year = values.year.trim();
    if ((month === '') !== (year === '')) errors.when = 'whenIncomplete';
    const dto = plainToInstance(SubmitReportRequestDto, {
      narrative: values.narrative,
      country: values.country,
      city: values.city,
      incidentMonth: month && year ? `${year}-${month}` : undefined,
      incidentTypes: values.incidentTypes,
      wantsReplies: values.wantsReplies,
      language,
    });
    const problems = await validate(dto, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true, validationError: { target: false, value: false } });
    for (const problem of problems) {
      const [field, key] = errorFor(problem);
      errors[field] ??= key;
    }
    if (malformed) errors.form = 'formInvalid';
    const submitted = text('submissionToken');
    const tokenSpend = this.tokens.verify(submitted, now);
    if (!tokenSpend) errors.form ??= 'formExpired';
    // A form shown again keeps its token while it is valid, so a second copy cannot be sent.
    const token = tokenSpend ? submitted : this.tokens.issue(now);
    if (!tokenSpend || Object.keys(errors).length > 0) return { kind: 'invalid', values, errors, token };
    if (await this.spent.isSpent('form_submission', tokenSpend.hash)) return { kind: 'already_received' };

    const pow = await this.proofOfWork.check(text('altcha') || undefined);
    if (!pow.ok && !this.noProofBudget.take(now.getTime())) return { kind: 'busy', values, errors: { form: 'busy' }, token };
    try {
      const { receipt } = await this.submissions.store(dto, 'form', now, pow.ok ? [tokenSpend, pow.spend] : [tokenSpend]);
      return { kind: 'received', receipt };
    } catch (e) {
      if (!(e instanceof TokenAlreadySpentError)) throw e;
      if (e.kind === 'form_submission') return { kind: 'already_received' };
      // The same solved challenge was spent by a concurrent request: send the form again.
      return { kind: 'invalid', values, errors: { form: 'formExpired' }, token };
    }
  }
}
