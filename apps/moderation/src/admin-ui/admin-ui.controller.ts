import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { DomainError } from '@tnr/domain';
import { Public } from '@tnr/platform';
import type { Response } from 'express';
import { randomBytes } from 'node:crypto';
import type { ModerationConfig } from '../config/moderation.config';
import { MODERATION_CONFIG } from '../moderation.tokens';
import { AdminUiFiles } from './admin-ui-files';

/**
 * The moderators' single-page app (apps/admin-ui, built by `npm run build` into
 * dist/admin-ui), on the API's own origin so it uses the HttpOnly session cookie and the CSRF
 * token. The files are public: they hold code and labels, never data; every piece of data
 * comes from the API under its own permission. The HTML page gets its own CSP (see
 * `adminUiCsp`); assets keep the strict default one.
 */
@ApiExcludeController()
@Controller('admin')
export class AdminUiController {
  private readonly files: AdminUiFiles;

  constructor(@Inject(MODERATION_CONFIG) config: ModerationConfig) {
    this.files = new AdminUiFiles(config.adminUi.dir);
  }

  @Get()
  @Public()
  index(@Res() res: Response): void {
    this.sendPage(res);
  }

  /** Content-hashed build output: cacheable, since a new build has new names. */
  @Get('assets/:name')
  @Public()
  asset(@Param('name') name: string, @Res() res: Response): void {
    const asset = this.files.asset(name);
    if (!asset) throw new DomainError('RESOURCE.NOT_FOUND', 'No such asset.');
    res.setHeader('Content-Type', asset.type);
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.send(asset.body);
  }

  /** Client-side routes (/admin/reports/…, /admin/dashboard…) load the same page. */
  @Get('*path')
  @Public()
  route(@Res() res: Response): void {
    this.sendPage(res);
  }

  private sendPage(res: Response): void {
    const nonce = randomBytes(16).toString('base64');
    const page = this.files.page(nonce);
    res.setHeader('Content-Security-Policy', adminUiCsp(nonce));
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.status(page ? 200 : 503).send(page ?? NOT_BUILT);
  }
}

const NOT_BUILT = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TNR Watch admin</title></head><body><p>The admin UI is not built. Run <code>npm run build</code>.</p></body></html>';

/**
 * Scripts only from our origin (no inline script, no eval). Style elements need the page's
 * nonce (Mantine writes its CSS variables into one <style> element); style *attributes* are
 * allowed because React components set positions and CSS variables through them — they
 * cannot run code, and report text is only ever rendered as text. Images from our origin and
 * data: URLs (the enrolment QR code); no font, frame, object or external origin of any kind.
 */
export function adminUiCsp(nonce: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    `style-src-elem 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "manifest-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}
