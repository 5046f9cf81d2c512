/**
 * A tiny HTML renderer for the server-rendered report form. `html` is a tagged template:
 * every interpolated value is escaped unless it is already `Html` (built by `html` itself),
 * so reporter input can never become markup. Arrays are rendered item by item, each escaped;
 * `null`, `undefined` and `false` render as nothing. Attribute values must always be quoted
 * in the templates (the escaping covers both quote characters).
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

function render(value: HtmlValue): string {
  if (value instanceof Html) return value.value;
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map((v: HtmlValue) => render(v)).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new Html(out);
}

/** An attribute that is present or absent (`checked`, `selected`, `required`). */
export function flag(name: 'checked' | 'selected' | 'required', on: boolean): Html {
  return new Html(on ? ` ${name}` : '');
}
