import { Body, Controller, Get, Header, Headers, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@tnr/platform';
import type { Response } from 'express';
import { chooseLanguage } from './form-language';
import { ReportFormService, EMPTY_FORM } from './report-form.service';
import { renderFormPage, renderReceiptPage } from './report-form.view';
import { REPORT_STYLESHEET } from './report-stylesheet';

/**
 * The server-rendered report form for browsers without JavaScript (Tor Browser "Safest").
 * Nothing typed and no receipt ever goes into a URL: the receipt page is the POST response.
 */
@ApiExcludeController()
@Controller()
export class ReportFormController {
  constructor(private readonly form: ReportFormService) {}

  @Get('report')
  @Public()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Vary', 'Accept-Language')
  show(@Query('lang') lang: unknown, @Headers('accept-language') acceptLanguage: string | undefined): string {
    return renderFormPage(chooseLanguage(lang, acceptLanguage), EMPTY_FORM, {}, new Date());
  }

  @Post('report')
  @Public()
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  async submit(@Body() body: unknown, @Headers('accept-language') acceptLanguage: string | undefined, @Res({ passthrough: true }) res: Response): Promise<string> {
    const language = chooseLanguage((body as { lang?: unknown } | undefined)?.lang, acceptLanguage);
    const now = new Date();
    const outcome = await this.form.submit(body, language, now);
    if (outcome.kind === 'received') return renderReceiptPage(language, outcome.receipt);
    res.status(400);
    return renderFormPage(language, outcome.values, outcome.errors, now);
  }

  @Get('report.css')
  @Public()
  @Header('Content-Type', 'text/css; charset=utf-8')
  stylesheet(): string {
    return REPORT_STYLESHEET;
  }
}
