import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const ASSET_NAME = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\.(?:js|css|json|svg|png|woff2)$/;
export const NONCE_PLACEHOLDER = '__CSP_NONCE__';

/**
 * Reads the built UI from its folder, once per file. Asset names are checked against a
 * strict pattern (no slashes, no dot-dot) before touching the file system.
 */
export class AdminUiFiles {
  private readonly cache = new Map<string, { body: Buffer; type: string } | null>();
  private template: string | null | undefined;

  constructor(private readonly dir: string) {}

  /** index.html with the request's CSP nonce, or null when the UI is not built. */
  page(nonce: string): string | null {
    if (this.template === undefined) {
      const file = join(this.dir, 'index.html');
      this.template = existsSync(file) ? readFileSync(file, 'utf8') : null;
    }
    return this.template === null ? null : this.template.split(NONCE_PLACEHOLDER).join(nonce);
  }

  asset(name: string): { body: Buffer; type: string } | null {
    if (!ASSET_NAME.test(name)) return null;
    if (!this.cache.has(name)) {
      const file = join(this.dir, 'assets', name);
      this.cache.set(name, existsSync(file) ? { body: readFileSync(file), type: TYPES[extname(name)] } : null);
    }
    return this.cache.get(name) ?? null;
  }
}
