import { Body, Controller, Get, Header, Headers, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { contentSecurityPolicy, Public } from '@tnr/platform';
import type { Response } from 'express';
import { chooseLanguage } from './form-language';
import { ReportFormService, EMPTY_FORM } from './report-form.service';
import { REPORT_FORM_SCRIPT } from './report-form.script';
import { renderAlreadyReceivedPage, renderFormPage, renderReceiptPage } from './report-form.view';
import { REPORT_STYLESHEET } from './report-stylesheet';

/** The form page alone may run our own script and ask our own origin for a challenge. */
const FORM_PAGE_CSP = contentSecurityPolicy({ 'script-src': ["'self'"], 'connect-src': ["'self'"] });

/**
 * The server-rendered report form for browsers without JavaScript (Tor Browser "Safest"); with
 * JavaScript, `report.js` adds a proof of work. Nothing typed and no receipt ever goes into a
 * URL: the receipt page is the POST response. Errors of these routes are HTML pages too
 * (form-error-page.ts).
 */
@ApiExcludeController()
@Controller()
export class ReportFormController {
  constructor(private readonly form: ReportFormService) {}

  @Get('report')
  @Public()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Vary', 'Accept-Language')
  show(@Query('lang') lang: unknown, @Headers('accept-language') acceptLanguage: string | undefined, @Res({ passthrough: true }) res: Response): string {
    const now = new Date();
    res.setHeader('Content-Security-Policy', FORM_PAGE_CSP);
    return renderFormPage(chooseLanguage(lang, acceptLanguage), EMPTY_FORM, {}, now, this.form.newToken(now));
  }

  @Post('report')
  @Public()
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  async submit(
    @Query('lang') lang: unknown,
    @Body() body: unknown,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const language = chooseLanguage(lang ?? (body as { lang?: unknown } | undefined)?.lang, acceptLanguage);
    const now = new Date();
    const outcome = await this.form.submit(body, language, now);
    switch (outcome.kind) {
      case 'received':
        return renderReceiptPage(language, outcome.receipt);
      case 'already_received':
        res.status(409);
        return renderAlreadyReceivedPage(language);
      case 'invalid':
      case 'busy':
        res.status(outcome.kind === 'busy' ? 429 : 400);
        res.setHeader('Content-Security-Policy', FORM_PAGE_CSP);
        return renderFormPage(language, outcome.values, outcome.errors, now, outcome.token);
    }
  }

  @Get('report.css')
  @Public()
  @Header('Content-Type', 'text/css; charset=utf-8')
  stylesheet(): string {
    return REPORT_STYLESHEET;
  }

  @Get('report.js')
  @Public()
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  script(): string {
    return REPORT_FORM_SCRIPT;
  }
}
