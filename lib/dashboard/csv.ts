// CSV for spreadsheets. Cells are quoted when they hold a comma, quote or line break; a cell that a spreadsheet
// would run as a formula (starting with = + - @, a tab or a carriage return) is prefixed with an apostrophe, as
// OWASP recommends against CSV injection, so an action text like "=HYPERLINK(...)" stays text.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | Date | null | undefined): string {
  if (value == null) return '';
  let text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: (string | number | Date | null | undefined)[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}
