/**
 * RFC 4180 CSV with spreadsheet formula-injection protection. A field that a spreadsheet would
 * read as a formula (first character = + - @, tab or carriage return; OWASP "CSV Injection")
 * gets a leading apostrophe; then any field holding a comma, double quote, CR or LF is quoted,
 * with quotes doubled. Records end with CRLF.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function protectFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvField(value: string): string {
  const safe = protectFormula(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvDocument(records: ReadonlyArray<readonly string[]>): string {
  return records.map((r) => r.map(csvField).join(',') + '\r\n').join('');
}
