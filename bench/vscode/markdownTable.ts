// The comparison as a Markdown table, for the Markdown-preview baseline.
import type { ComparisonView } from '../../src/protocol/comparisonView';

const cell = (text: string | null) => (text ?? '—').replace(/\|/g, '\\|');

export function comparisonMarkdown(view: ComparisonView, marker: string): string {
  const lines = [`# ${view.title}`, '', `bench marker: ${marker}`, ''];
  for (const section of view.sections) {
    if (section.kind !== 'table') continue;
    lines.push(
      `## ${section.title}`,
      '',
      `| | ${view.roles.map((r) => r.title).join(' | ')} |`,
      `|---|${view.roles.map(() => '---').join('|')}|`,
    );
    for (const row of section.rows) lines.push(`| ${row.label} | ${row.cells.map((c) => cell(c.text)).join(' | ')} |`);
    lines.push('');
  }
  return lines.join('\n');
}
