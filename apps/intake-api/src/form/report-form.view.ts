import { countryOptions } from './countries';
import { REPORT_LANGUAGES } from '../submissions/submit-report.request.dto';
import type { FormLanguage } from './form-language';
import { FORM_MESSAGES, incidentTypeOptions, type ErrorPageKind, type FormMessages } from './form-messages';
import { flag, html, type Html, type HtmlValue } from './html';
import type { ReportFormErrors, ReportFormField, ReportFormValues } from './report-form.service';

/** Oldest year offered in the select (older months are still accepted if posted). */
const FIRST_YEAR = 1980;

/**
 * Pages of the public report form. Only relative URLs (the site must work under any onion
 * address and path), no inline scripts or styles, no external resources: the CSP forbids
 * them anyway, and the form has to work in Tor Browser "Safest" with JavaScript off. The
 * form page alone loads one script of ours (`report.js`, proof of work in the background).
 */
function layout(language: FormLanguage, title: string, main: Html, options: { script?: boolean } = {}): string {
  const m = FORM_MESSAGES[language];
  const links = REPORT_LANGUAGES.map(
    (l) => html`<li><a href="report?lang=${l}" hreflang="${l}" lang="${l}"${l === language ? html` aria-current="page"` : ''}>${FORM_MESSAGES[l].languageName}</a></li>`,
  );
  return html`<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title} · ${m.siteName}</title>
<link rel="stylesheet" href="report.css">
${options.script ? html`<script src="report.js" defer></script>` : ''}
</head>
<body>
<header class="site">
<p class="site-name">${m.siteName}</p>
<nav aria-label="${m.languageNav}"><ul class="languages">${links}</ul></nav>
</header>
<main>
${main}
</main>
</body>
</html>
`.value;
}

/** `aria-describedby` and `aria-invalid` for a control, from its hint and error ids. */
function describedBy(ids: Array<string | false>, invalid: boolean): Html {
  const list = ids.filter((id): id is string => Boolean(id)).join(' ');
  return html`${list ? html` aria-describedby="${list}"` : ''}${invalid ? html` aria-invalid="true"` : ''}`;
}

function errorMessage(field: ReportFormField, m: FormMessages, errors: ReportFormErrors): HtmlValue {
  const key = errors[field];
  return key ? html`<p class="error-message" id="${field}-error"><span class="visually-hidden">${m.errorTitlePrefix}</span>${m.errors[key]}</p>` : null;
}

/** Where each field's summary link points (the first control of the field). */
const FIELD_ANCHORS: Record<ReportFormField, string> = { narrative: 'narrative', country: 'country', city: 'city', when: 'month', incidentTypes: 'incidentTypes-0' };
const FIELD_ORDER: ReportFormField[] = ['narrative', 'country', 'city', 'when', 'incidentTypes'];

function errorSummary(m: FormMessages, errors: ReportFormErrors): HtmlValue {
  const items: Html[] = [];
  if (errors.form) items.push(html`<li>${m.errors[errors.form]}</li>`);
  for (const field of FIELD_ORDER) {
    const key = errors[field];
    if (key) items.push(html`<li><a href="#${FIELD_ANCHORS[field]}">${m.errors[key]}</a></li>`);
  }
  if (items.length === 0) return null;
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title">
<h2 id="error-summary-title">${errors.form === 'busy' ? m.busySummary : m.errorSummary}</h2>
<ul>${items}</ul>
</div>`;
}

/**
 * The form, empty or shown again with what was typed. `token` is the form's one-time
 * submission token; the `altcha` field stays empty unless the page's script fills it in.
 * The action carries the language so even a body we cannot read gets a page in it.
 */
export function renderFormPage(language: FormLanguage, values: ReportFormValues, errors: ReportFormErrors, now: Date, token: string): string {
  const m = FORM_MESSAGES[language];
  const has = (field: ReportFormField) => errors[field] !== undefined;
  const fieldClass = (field: ReportFormField) => (has(field) ? 'field field-error' : 'field');

  const countries = countryOptions(language).map((c) => html`<option value="${c.code}"${flag('selected', values.country === c.code)}>${c.name}</option>`);
  const monthName = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
  const months = Array.from({ length: 12 }, (_, i) => {
    const value = String(i + 1).padStart(2, '0');
    return html`<option value="${value}"${flag('selected', values.month === value)}>${monthName.format(Date.UTC(2000, i, 1))}</option>`;
  });
  const years: Html[] = [];
  for (let y = now.getUTCFullYear(); y >= FIRST_YEAR; y--) years.push(html`<option value="${y}"${flag('selected', values.year === String(y))}>${y}</option>`);
  const types = incidentTypeOptions(language).map(
    (t, i) => html`<div class="choice">
<input type="checkbox" id="incidentTypes-${i}" name="incidentTypes" value="${t.id}"${flag('checked', values.incidentTypes.includes(t.id))} aria-describedby="incidentTypes-${i}-hint">
<label for="incidentTypes-${i}">${t.label}</label>
<p class="hint" id="incidentTypes-${i}-hint">${t.hint}</p>
</div>`,
  );

  const main = html`<h1>${m.pageTitle}</h1>
<p class="intro">${m.intro}</p>
<p class="note">${m.safetyNote}</p>
${errorSummary(m, errors)}
<form method="post" action="report?lang=${language}" accept-charset="UTF-8" autocomplete="off" novalidate data-challenge="v1/challenge" data-preparing="${m.submitPreparing}">
<input type="hidden" name="lang" value="${language}">
<input type="hidden" name="submissionToken" value="${token}">
<input type="hidden" name="altcha" value="">

<div class="${fieldClass('narrative')}">
<label for="narrative" class="label">${m.narrativeLabel} <span class="marker">${m.required}</span></label>
<p class="hint" id="narrative-hint">${m.narrativeHint}</p>
${errorMessage('narrative', m, errors)}
<textarea id="narrative" name="narrative" rows="10" required${describedBy(['narrative-hint', has('narrative') && 'narrative-error'], has('narrative'))}>
${values.narrative}</textarea>
</div>

<fieldset>
<legend>${m.whereLegend} <span class="marker">${m.optional}</span></legend>
<div class="${fieldClass('country')}">
<label for="country" class="label">${m.countryLabel}</label>
${errorMessage('country', m, errors)}
<select id="country" name="country"${describedBy([has('country') && 'country-error'], has('country'))}>
<option value="">${m.countryNone}</option>
${countries}
</select>
</div>
<div class="${fieldClass('city')}">
<label for="city" class="label">${m.cityLabel}</label>
${errorMessage('city', m, errors)}
<input type="text" id="city" name="city" value="${values.city}"${describedBy([has('city') && 'city-error'], has('city'))}>
</div>
</fieldset>

<fieldset class="${fieldClass('when')}">
<legend>${m.whenLegend} <span class="marker">${m.optional}</span></legend>
<p class="hint" id="when-hint">${m.whenHint}</p>
${errorMessage('when', m, errors)}
<div class="inline">
<div>
<label for="month" class="label">${m.monthLabel}</label>
<select id="month" name="month"${describedBy(['when-hint', has('when') && 'when-error'], has('when'))}>
<option value="">${m.notSpecified}</option>
${months}
</select>
</div>
<div>
<label for="year" class="label">${m.yearLabel}</label>
<select id="year" name="year"${describedBy(['when-hint', has('when') && 'when-error'], has('when'))}>
<option value="">${m.notSpecified}</option>
${years}
</select>
</div>
</div>
</fieldset>

<fieldset class="${fieldClass('incidentTypes')}"${describedBy([has('incidentTypes') && 'incidentTypes-error'], false)}>
<legend>${m.typesLegend} <span class="marker">${m.optional}</span></legend>
${errorMessage('incidentTypes', m, errors)}
${types}
</fieldset>

<fieldset>
<legend>${m.repliesLegend} <span class="marker">${m.optional}</span></legend>
<div class="choice">
<input type="checkbox" id="wantsReplies" name="wantsReplies" value="yes"${flag('checked', values.wantsReplies)} aria-describedby="wantsReplies-hint">
<label for="wantsReplies">${m.repliesLabel}</label>
<p class="hint" id="wantsReplies-hint">${m.repliesHint}</p>
</div>
</fieldset>

<button type="submit">${m.submit}</button>
</form>`;
  const title = Object.keys(errors).length > 0 ? `${m.errorTitlePrefix}${m.pageTitle}` : m.pageTitle;
  return layout(language, title, main, { script: true });
}

/** The answer to a successful POST: the only time the receipt code is ever shown. */
export function renderReceiptPage(language: FormLanguage, receipt: string): string {
  const m = FORM_MESSAGES[language];
  const main = html`<h1>${m.receiptHeading}</h1>
<div class="receipt">
<p class="label" id="receipt-label">${m.receiptLabel}</p>
<p class="receipt-code"><code>${receipt}</code></p>
<p class="warning">${m.receiptOnce}</p>
</div>
<p>${m.receiptAdvice}</p>
<ul class="advice">
<li>${m.receiptNoReload}</li>
<li>${m.receiptClose}</li>
</ul>
<p><a href="report?lang=${language}">${m.anotherReport}</a></p>`;
  return layout(language, m.receiptPageTitle, main);
}

/** The answer to a form sent again (reload, double click): nothing stored twice, no receipt shown again. */
export function renderAlreadyReceivedPage(language: FormLanguage): string {
  const m = FORM_MESSAGES[language];
  const main = html`<h1>${m.alreadyReceivedHeading}</h1>
<p>${m.alreadyReceivedBody}</p>
<p>${m.alreadyReceivedNoReceipt}</p>
<p><a href="report?lang=${language}">${m.anotherReport}</a></p>`;
  return layout(language, m.alreadyReceivedTitle, main);
}

function errorPageKind(status: number): ErrorPageKind {
  if (status === 413) return 'tooLarge';
  if (status === 429) return 'tooMany';
  if (status === 503) return 'unavailable';
  return status >= 500 ? 'serverError' : 'badRequest';
}

/** An error on the form routes (body too large or unreadable, too busy, server error), in the reporter's language. */
export function renderErrorPage(language: FormLanguage, status: number, reference?: string): string {
  const m = FORM_MESSAGES[language];
  const page = m.errorPages[errorPageKind(status)];
  const main = html`<h1>${page.title}</h1>
<p>${page.body}</p>
<p>${m.errorNothingKept}</p>
${reference ? html`<p>${m.errorReference} <code>${reference}</code></p>` : null}
<p><a href="report?lang=${language}">${m.backToForm}</a></p>`;
  return layout(language, `${m.errorTitlePrefix}${page.title}`, main);
}
