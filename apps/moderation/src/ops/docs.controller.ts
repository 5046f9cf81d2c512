import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { DomainError } from '@tnr/domain';
import { RequiresPermission } from '@tnr/platform';
import type { Response } from 'express';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Swagger UI for staff at /docs, served from the swagger-ui-dist package on our own origin
 * (no CDN), with a script file of our own instead of an inline one, so the page runs under a
 * CSP that allows only same-origin scripts.
 */
const ASSETS: Record<string, { file: string; type: string }> = {
  'swagger-ui.css': { file: 'swagger-ui.css', type: 'text/css; charset=utf-8' },
  'swagger-ui-bundle.js': { file: 'swagger-ui-bundle.js', type: 'text/javascript; charset=utf-8' },
};
const DIST = dirname(require.resolve('swagger-ui-dist/package.json'));
const cache = new Map<string, Buffer>();

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>TNR Watch staff API</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script></body></html>`;

const INIT = `window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', withCredentials: true, deepLinking: false });`;

const DOCS_CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

@ApiExcludeController()
@Controller('docs')
export class DocsController {
  @Get()
  @RequiresPermission('reports:read')
  @Header('Content-Type', 'text/html; charset=utf-8')
  page(@Res({ passthrough: true }) res: Response): string {
    res.setHeader('Content-Security-Policy', DOCS_CSP);
    return PAGE;
  }

  @Get('init.js')
  @RequiresPermission('reports:read')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  init(): string {
    return INIT;
  }

  @Get('assets/:name')
  @RequiresPermission('reports:read')
  asset(@Param('name') name: string, @Res() res: Response): void {
    const asset = Object.prototype.hasOwnProperty.call(ASSETS, name) ? ASSETS[name] : undefined;
    if (!asset) throw new DomainError('RESOURCE.NOT_FOUND', 'No such asset.');
    let body = cache.get(name);
    if (!body) {
      body = readFileSync(join(DIST, asset.file));
      cache.set(name, body);
    }
    res.setHeader('Content-Type', asset.type);
    res.send(body);
  }
}
