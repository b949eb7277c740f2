// A comparison as a Markdown document: a heading, the headline, and one
// GitHub-flavoured table per section with its notes and sources. Data text
// is escaped so no title can break a table, start a heading or inject HTML.
import type { ComparisonView } from '../protocol/comparisonView';
import { exportDocument, NO_DATA, type ExportSection } from './document';

// Line breaks (and the Unicode ones) would end a table row: they become spaces.
const BREAKS = /[\r\n\u2028\u2029\u0085]+/g;
// Characters that end a cell (|), open HTML (<, >) or change emphasis, links and code.
const INLINE = /[\\|<>*_[\]`]/g;

/** Escapes text for one line of Markdown (a table cell or inline text). */
export function escapeInline(text: string): string {
  return text.replace(BREAKS, ' ').replace(INLINE, (ch) => `\\${ch}`);
}

/** Escapes text for a paragraph: inline escapes, and a leading block marker (#, >, -, +, =, "1.") kept literal. */
export function escapeParagraph(text: string): string {
  return escapeInline(text).replace(/^(\s*)([#>+\-=~]|\d+[.)])/, (_, space: string, mark: string) =>
    /^\d/.test(mark) ? `${space}${mark.slice(0, -1)}\\${mark.slice(-1)}` : `${space}\\${mark}`,
  );
}

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

function table(section: ExportSection, roles: string[]): string[] {
  const heads = section.columns ?? roles;
  const lines = [row(['', ...heads.map(escapeInline)]), row(['---', ...heads.map(() => '---')])];
  for (const r of section.rows) {
    lines.push(row([escapeInline(r.label), ...r.cells.map((c) => (c === null ? NO_DATA : escapeInline(c)))]));
  }
  return lines;
}

function sectionMarkdown(section: ExportSection, roles: string[]): string[] {
  const out = [`## ${escapeInline(section.title)}`, '', ...table(section, roles), ''];
  for (const note of section.notes) out.push(escapeParagraph(note), '');
  if (section.sources.length > 0)
    out.push(`${section.sources.length > 1 ? 'Sources' : 'Source'}: ${escapeInline(section.sources.join(' · '))}`, '');
  return out;
}

/** The comparison as Markdown, ending with one newline. */
export function comparisonMarkdown(view: ComparisonView): string {
  const doc = exportDocument(view);
  const roles = doc.roles.map((r) => r.title);
  const lines = [`# ${escapeInline(doc.title)}`, ''];
  for (const sentence of doc.headline) lines.push(`- ${escapeParagraph(sentence)}`);
  if (doc.headline.length > 0) lines.push('');
  for (const section of doc.sections) {
    for (const line of sectionMarkdown(section, roles)) lines.push(line);
  }
  for (const attribution of doc.attributions) lines.push(escapeParagraph(attribution), '');
  return `${lines.join('\n').trimEnd()}\n`;
}
