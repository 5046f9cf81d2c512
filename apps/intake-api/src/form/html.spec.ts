import { escapeHtml, flag, html } from './html';

describe('html renderer', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"><img src=x onerror=alert(1)>', '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'],
    ["' onmouseover='x", '&#39; onmouseover=&#39;x'],
    ['</textarea><b>', '&lt;/textarea&gt;&lt;b&gt;'],
    ['&amp;', '&amp;amp;'],
    ['中文 \u202e text', '中文 \u202e text'],
  ])('escapes %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
    expect(html`<p title="${input}">${input}</p>`.value).toBe(`<p title="${expected}">${expected}</p>`);
  });

  it('passes nested Html through, escapes every item of an array, drops null/undefined/false', () => {
    const items = ['<a>', '<b>'].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}${null}${undefined}${false}${['<c>']}</ul>`.value).toBe('<ul><li>&lt;a&gt;</li><li>&lt;b&gt;</li>&lt;c&gt;</ul>');
  });

  it('renders boolean attributes', () => {
    expect(html`<input${flag('checked', true)}><input${flag('checked', false)}>`.value).toBe('<input checked><input>');
  });
});
