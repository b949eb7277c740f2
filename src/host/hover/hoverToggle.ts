// "Toggle Job Title Hovers" and the status bar item that shows, only while
// the active editor gets cards, that they are on (a click turns them off).
// The toggle writes where the value in force lives (src/hover/toggleTarget.ts),
// so a language's own setting is toggled for that language alone.
import * as vscode from 'vscode';
import { toggleTarget } from '../../hover/toggleTarget';
import { COMMANDS } from '../shared/commands';
import { log } from '../shared/log';
import { affects, hoverEnabledFor, hoverEnabledLayers, hoverLanguages, writeHoverEnabled } from '../shared/settings';

/** A language id as people say it. */
export function languageName(languageId: string): string {
  return ({ markdown: 'Markdown', plaintext: 'plain text' } as Record<string, string>)[languageId] ?? languageId;
}

/** The active editor's document when its language is one of the hover languages. */
function hoverDocument(): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document && hoverLanguages().includes(document.languageId) ? document : undefined;
}

/** Turns cards off or on for the active editor's language (or everywhere when no such editor is active); says which. */
export async function toggleHovers(): Promise<void> {
  const document = hoverDocument();
  const { now, write } = toggleTarget(hoverEnabledLayers(document), document !== undefined);
  await writeHoverEnabled(document, write, !now);
  const where = write.language && document ? ` in ${languageName(document.languageId)}` : '';
  const state = !now ? 'on' : 'off';
  log().info(`Job title hovers turned ${state}${where} (${write.scope}${write.language ? ', for the language' : ''} settings).`);
  vscode.window.setStatusBarMessage(`Career Compare: job title hovers are ${state}${where}.`, 5000);
}

export class HoverStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('careerCompare.hovers', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.item.name = 'Career Compare: Job Title Hovers';
    this.item.text = '$(briefcase) Job titles';
    this.item.command = COMMANDS.toggleHovers;
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affects(e, 'hoverEnabled', 'hoverLanguages')) this.update();
      }),
    ];
    this.update();
  }

  private update(): void {
    const document = hoverDocument();
    if (!document || !hoverEnabledFor(document)) {
      this.item.hide();
      return;
    }
    const language = languageName(document.languageId);
    this.item.tooltip = `Career Compare shows a card on job titles in ${language}. Click to turn the cards off.`;
    this.item.accessibilityInformation = { label: `Career Compare job title cards are on in ${language}. Turn them off.` };
    this.item.show();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}

/** The toggle command and the status bar item. */
export function registerHoverToggle(): vscode.Disposable[] {
  return [new HoverStatus(), vscode.commands.registerCommand(COMMANDS.toggleHovers, toggleHovers)];
}
