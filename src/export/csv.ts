// A comparison as CSV (RFC 4180: CRLF line ends, fields quoted when they hold
// a comma, quote or line break, quotes doubled), safe to open in a spreadsheet.
// Fields holding a semicolon are quoted too: where the decimal mark is a comma,
// spreadsheets split a CSV on ";", and an unquoted "Nurse;=1+1" would become
// a cell "=1+1" there.
//
// Formula injection: a cell that begins with =, +, -, @, a tab or a carriage
// return is read as a formula by Excel, LibreOffice and Google Sheets, also
// behind leading spaces or invisible characters, and in their full-width forms
// (＝＋－＠). Such a cell gets a leading apostrophe (the spreadsheets' own
// "this is text" mark), with one exception so real figures stay readable: a
// cell that is nothing but a number ("-3%", "-1,200", "+0.5", "-$4,100") is
// kept as it is, since a spreadsheet reads it as that number and never as a
// formula.
import type { ComparisonView } from '../protocol/comparisonView';
import { exportDocument, NO_DATA } from './document';

// Leading blanks a spreadsheet skips before a formula sign: white space, no-break and zero-width spaces, the BOM.
const FORMULA_START = /^(?:[\t\r]|[\s\u00a0\u180e\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20])/;
const PLAIN_NUMBER = /^[+-]?\$?\d{1,3}(?:,\d{3})*(?:\.\d+)?%?$|^[+-]?\$?\d+(?:\.\d+)?%?$/;

/** The cell as a spreadsheet may safely read it (see the rule above). */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** One RFC 4180 field: quoted when it holds a comma, a semicolon, a quote or a line break. */
export function csvField(text: string): string {
  const safe = neutraliseFormula(text);
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const record = (fields: string[]) => fields.map(csvField).join(',');

/**
 * Columns: Section, Row, then one per role (a career path page's sections
 * write their text in the first of them). Each section's rows come first,
 * then its notes and sources in the first role's column, so every line has
 * the same number of fields.
 */
export function comparisonCsv(view: ComparisonView): string {
  const doc = exportDocument(view);
  const blank = doc.roles.slice(1).map(() => '');
  const lines = [record(['Section', 'Row', ...doc.roles.map((r) => r.title)])];
  doc.headline.forEach((sentence, i) => lines.push(record(['Summary', String(i + 1), sentence, ...blank])));
  for (const section of doc.sections) {
    // A section with its own columns (a career path page's one column of text) fills the first and leaves the rest blank.
    const pad = section.columns ? doc.roles.slice(section.columns.length).map(() => '') : [];
    for (const r of section.rows) lines.push(record([section.title, r.label, ...r.cells.map((c) => c ?? NO_DATA), ...pad]));
    for (const note of section.notes) lines.push(record([section.title, 'Note', note, ...blank]));
    lines.push(record([section.title, section.sources.length > 1 ? 'Sources' : 'Source', section.sources.join(' · '), ...blank]));
  }
  for (const attribution of doc.attributions) lines.push(record(['Attribution', '', attribution, ...blank]));
  return `${lines.join('\r\n')}\r\n`;
}
