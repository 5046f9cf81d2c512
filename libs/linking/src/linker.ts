import type { EntityLink, GazetteerEntry } from './types';

/**
 * First version: exact, case-insensitive matches of every gazetteer name, longest match
 * first, whole words for Latin-script names.
 */
export class Linker {
  private readonly forms: Array<{ form: string; entry: GazetteerEntry; latin: boolean }>;

  constructor(entries: readonly GazetteerEntry[]) {
    this.forms = entries
      .flatMap((entry) =>
        [...new Set(entry.names.map((n) => n.trim()).filter((n) => n.length >= 2))].map((n) => ({
          form: n.toLowerCase(),
          entry,
          latin: /^[\p{Script=Latin}\d\s'’.\-()&]+$/u.test(n),
        })),
      )
      .sort((a, b) => b.form.length - a.form.length);
  }

  link(text: string): EntityLink[] {
    const lower = text.toLowerCase();
    const taken: Array<[number, number]> = [];
    const links: EntityLink[] = [];
    for (const { form, entry, latin } of this.forms) {
      let from = 0;
      for (;;) {
        const at = lower.indexOf(form, from);
        if (at < 0) break;
        from = at + 1;
        const end = at + form.length;
        if (latin && (isWordChar(lower[at - 1]) || isWordChar(lower[end]))) continue;
        if (taken.some(([s, e]) => at < e && s < end)) continue;
        taken.push([at, end]);
        links.push({
          kind: entry.kind,
          key: entry.key,
          name: entry.name,
          start: at,
          end,
          confidence: 0.9,
          evidence: `exact name "${text.slice(at, end)}"`,
        });
      }
    }
    return links.sort((a, b) => a.start - b.start);
  }
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);
}
