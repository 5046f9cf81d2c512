import { existsSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';

/** Replaces (or appends) the `## <name>` section of BENCHMARKS.md; other sections stay as they are. */
export function writeBenchmarkSection(name: string, markdown: string): string {
  const file = join(__dirname, '..', 'BENCHMARKS.md');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const section = `## ${name}\n\n${markdown}\n`;
  const start = current.search(new RegExp(`^## ${name}\\s*$`, 'm'));
  let next: string;
  if (start < 0) next = `${current.trimEnd()}\n\n${section}`;
  else {
    const rest = current.slice(start + 1);
    const end = rest.search(/^## /m);
    next = current.slice(0, start) + section + (end < 0 ? '' : `\n${rest.slice(end)}`);
  }
  writeFileSync(file, next);
  return file;
}
