// The hover card's Markdown: the role's figures with their sources, and
// command links to our own commands only (the string trusts exactly those).
// Data text goes through appendText or escapeLinkText, never as Markdown.
import * as vscode from 'vscode';
import type { HoverFact } from '../../compare/hoverFacts';
import { commandUri, escapeLinkText } from '../../format/commandLinks';
import { NO_DATA } from '../../format/format';
import type { RoleSummary } from '../../model/summary';
import { COMMANDS } from '../shared/commands';

/** The only commands a card's links may run. */
export const HOVER_COMMANDS: readonly string[] = [
  COMMANDS.openRole,
  COMMANDS.compareWith,
  COMMANDS.toggleHovers,
  'workbench.action.openSettings',
];

/** How many other roles sharing the title a card names (the rest are counted). */
export const HOVER_OTHER_ROLES = 3;

export interface CardInput {
  role: RoleSummary;
  facts: readonly HoverFact[];
  sourceLine?: string;
  /** The title matched when it is an alternate title of the role. */
  alternate?: string;
  /** Other roles with the same title. */
  others: readonly RoleSummary[];
  /** On the first card only: the document's language, for a line on how to turn the cards off. */
  hint?: string;
}

export function hoverCard(input: CardInput): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  md.appendMarkdown('**').appendText(input.role.title).appendMarkdown('**');
  if (input.alternate !== undefined) md.appendText(` (alternate title: ${input.alternate})`);
  md.appendMarkdown('\n\n');
  for (const fact of input.facts) md.appendText(`${fact.label}: ${fact.text ?? `${NO_DATA} no data`}`).appendMarkdown('  \n');
  if (input.sourceLine) md.appendMarkdown('\n').appendMarkdown('*').appendText(input.sourceLine).appendMarkdown('*');
  md.appendMarkdown('\n\n');
  md.appendMarkdown(`[Open Role](${commandUri(COMMANDS.openRole, [input.role.id])} "Open this role in Career Compare")`);
  md.appendMarkdown(' · ');
  md.appendMarkdown(`[Compare with…](${commandUri(COMMANDS.compareWith, [input.role.id])} "Pick a role to compare this one with")`);
  if (input.others.length > 0) appendOthers(md, input.others);
  if (input.hint !== undefined) appendHint(md, input.hint);
  return md;
}

/** "Also a title of: A, B, C and 4 more", each linked to Open Role. */
function appendOthers(md: vscode.MarkdownString, others: readonly RoleSummary[]): void {
  md.appendMarkdown('\n\n').appendText('Also a title of: ');
  others.slice(0, HOVER_OTHER_ROLES).forEach((role, i) => {
    if (i > 0) md.appendMarkdown(', ');
    md.appendMarkdown(`[${escapeLinkText(role.title)}](${commandUri(COMMANDS.openRole, [role.id])})`);
  });
  const more = others.length - HOVER_OTHER_ROLES;
  if (more > 0) md.appendText(` and ${more} more`);
}

/** The first card's last line: what these cards are and how to turn them off, for this language or all. */
function appendHint(md: vscode.MarkdownString, language: string): void {
  md.appendMarkdown('\n\n---\n\n').appendText(`Career Compare shows these cards on job titles in ${language}. `);
  md.appendMarkdown(`[Turn Off](${commandUri(COMMANDS.toggleHovers, [])} "Career Compare: Toggle Job Title Hovers")`);
  md.appendMarkdown(' · ');
  md.appendMarkdown(`[Settings](${commandUri('workbench.action.openSettings', ['careerCompare.hover'])} "Per language too")`);
}
