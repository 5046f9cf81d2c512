import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { SubmissionsService } from '../submissions/submissions.service';
import { SubmitReportRequestDto } from '../submissions/submit-report.request.dto';
import type { FormLanguage } from './form-language';
import type { FormErrorKey } from './form-messages';

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

export type ReportFormOutcome = { kind: 'received'; receipt: string } | { kind: 'invalid'; values: ReportFormValues; errors: ReportFormErrors };

export const EMPTY_FORM: ReportFormValues = { narrative: '', country: '', city: '', month: '', year: '', incidentTypes: [], wantsReplies: false };

/** The form's field names; anything else in the body is refused (as the JSON API refuses it). */
const FORM_KEYS = new Set(['lang', 'narrative', 'country', 'city', 'month', 'year', 'incidentTypes', 'wantsReplies']);

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
 */
@Injectable()
export class ReportFormService {
  constructor(private readonly submissions: SubmissionsService) {}

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
    if (Object.keys(errors).length > 0) return { kind: 'invalid', values, errors };

    // The form asks for no proof of work yet.
    const { receipt } = await this.submissions.store(dto, 'form', now, []);
    return { kind: 'received', receipt };
  }
}
