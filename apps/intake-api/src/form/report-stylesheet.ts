/**
 * The form's stylesheet, served at `report.css` (relative to the page). It lives in a .ts
 * module rather than a .css file so the plain `tsc` build carries it into dist/ with no asset
 * step. System fonts only: nothing is fetched from anywhere else.
 */
export const REPORT_STYLESHEET = `
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; background: #fff; color: #1b1b1b; line-height: 1.55; font-size: 1rem;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
}
:lang(zh-Hans) body, body:lang(zh-Hans) { font-family: system-ui, "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif; }
:lang(zh-Hant) body, body:lang(zh-Hant) { font-family: system-ui, "PingFang TC", "Noto Sans CJK TC", "Source Han Sans TC", "Microsoft JhengHei", sans-serif; }
.site { background: #1d3a5f; color: #fff; padding: 0.5rem 1rem; display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.25rem 1rem; }
.site-name { margin: 0; font-weight: 700; }
.languages { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
.languages a { color: #fff; }
.languages a[aria-current] { font-weight: 700; text-decoration: none; border-bottom: 2px solid #fff; }
main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.2rem; margin: 0 0 0.5rem; }
a { color: #1d4f91; }
a:focus, input:focus, select:focus, textarea:focus, button:focus { outline: 3px solid #f2b200; outline-offset: 1px; }
.intro { margin-top: 0; }
.note { background: #eef3f8; border-left: 4px solid #1d3a5f; padding: 0.5rem 0.75rem; font-size: 0.95rem; }
form { margin-top: 1.5rem; }
fieldset { border: 0; margin: 0 0 1.5rem; padding: 0; min-width: 0; }
legend { font-weight: 700; font-size: 1.1rem; margin-bottom: 0.5rem; padding: 0; }
.field { margin-bottom: 1.25rem; }
.label { display: block; font-weight: 700; margin-bottom: 0.25rem; }
.marker { font-weight: 400; color: #555; }
.hint { color: #505a5f; margin: 0 0 0.5rem; font-size: 0.95rem; }
textarea, input[type="text"], select {
  display: block; width: 100%; max-width: 100%; font: inherit; color: inherit; background: #fff;
  border: 2px solid #505a5f; border-radius: 0; padding: 0.5rem; margin: 0;
}
textarea { min-height: 12rem; resize: vertical; }
.inline { display: flex; flex-wrap: wrap; gap: 1rem; }
.inline > div { flex: 1 1 9rem; }
.choice { display: grid; grid-template-columns: 1.75rem 1fr; column-gap: 0.5rem; margin-bottom: 0.75rem; align-items: start; }
.choice input { width: 1.5rem; height: 1.5rem; margin: 0.1rem 0 0; grid-row: 1; }
.choice label { grid-column: 2; font-weight: 700; }
.choice .hint { grid-column: 2; margin: 0; font-size: 0.9rem; }
button {
  font: inherit; font-weight: 700; font-size: 1.1rem; background: #00703c; color: #fff; border: 0;
  border-bottom: 3px solid #002d18; padding: 0.7rem 1.5rem; cursor: pointer; width: 100%;
}
@media (min-width: 40rem) { button { width: auto; } }
.field-error { border-left: 5px solid #b10e1e; padding-left: 0.75rem; }
.field-error textarea, .field-error input[type="text"], .field-error select { border-color: #b10e1e; }
.error-message { color: #b10e1e; font-weight: 700; margin: 0 0 0.5rem; }
.error-summary { border: 4px solid #b10e1e; padding: 0.75rem 1rem; margin: 1rem 0; }
.error-summary ul { margin: 0; padding-left: 1.25rem; }
.error-summary a { color: #b10e1e; font-weight: 700; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); border: 0; white-space: nowrap; }
.receipt { border: 4px solid #00703c; padding: 1rem; margin: 1rem 0; }
.receipt .label { margin: 0; }
.receipt-code { margin: 0.5rem 0; }
.receipt-code code {
  font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace;
  font-size: 1.35rem; font-weight: 700; letter-spacing: 0.05em; overflow-wrap: anywhere;
}
.warning { font-weight: 700; margin-bottom: 0; }
.advice { padding-left: 1.25rem; }
`;
