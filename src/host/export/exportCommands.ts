// Copy, save and insert the page a panel shows: Markdown to the clipboard,
// Markdown/CSV/JSON to a file, a Markdown table at the cursor. The career
// paths panel is exported while it is the active one (or when it is the only
// page open); otherwise the comparison.
import * as vscode from 'vscode';
import { EXPORT_FORMATS, exportFileName, formatOfFileName, type ExportFormat } from '../../export/formats';
import { comparisonMarkdown } from '../../export/markdown';
import type { ComparisonView } from '../../protocol/comparisonView';
import { COMMANDS } from '../shared/commands';
import type { ComparisonPanelController } from '../panels/comparisonPanel';
import type { PathPanelController } from '../panels/pathPanel';
import { log, notify } from '../shared/log';
import { exportFormatSetting } from '../shared/settings';

/** The panels the export commands read. */
export interface ExportedPanels {
  comparison: ComparisonPanelController;
  paths: PathPanelController;
}

async function shownOrTell({ comparison, paths }: ExportedPanels): Promise<ComparisonView | undefined> {
  const view = paths.isActive ? await paths.shownView() : ((await comparison.shownComparison()) ?? (await paths.shownView()));
  if (!view) void notify('info', 'Career Compare: open a comparison first (Career Compare: Compare Roles…).');
  return view;
}

/** `{ target: Uri }` from a programmatic caller (tests); menus pass other things, which are ignored. */
function targetOf(arg: unknown): vscode.Uri | undefined {
  const target: unknown = typeof arg === 'object' && arg !== null && 'target' in arg ? arg.target : undefined;
  return target instanceof vscode.Uri ? target : undefined;
}

async function copyComparison(panel: ExportedPanels): Promise<void> {
  const view = await shownOrTell(panel);
  if (!view) return;
  await vscode.env.clipboard.writeText(comparisonMarkdown(view));
  vscode.window.setStatusBarMessage(`Copied "${view.title}" as Markdown`, 4000);
}

async function askForTarget(view: ComparisonView): Promise<vscode.Uri | undefined> {
  const first = exportFormatSetting();
  const order: ExportFormat[] = [first, ...(Object.keys(EXPORT_FORMATS) as ExportFormat[]).filter((f) => f !== first)];
  const filters: Record<string, string[]> = {};
  for (const format of order) filters[EXPORT_FORMATS[format].label] = [EXPORT_FORMATS[format].extension];
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = exportFileName(view, first);
  return vscode.window.showSaveDialog({
    title: 'Save Comparison As',
    saveLabel: 'Save',
    filters,
    ...(folder && { defaultUri: vscode.Uri.joinPath(folder, name) }),
  });
}

async function saveComparisonAs(panel: ExportedPanels, arg: unknown): Promise<vscode.Uri | undefined> {
  const view = await shownOrTell(panel);
  if (!view) return undefined;
  const target = targetOf(arg) ?? (await askForTarget(view));
  if (!target) return undefined;
  const format = formatOfFileName(target.path) ?? exportFormatSetting();
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(EXPORT_FORMATS[format].write(view)));
  log().info(`Saved "${view.title}" as ${EXPORT_FORMATS[format].label} to ${target.toString(true)}.`);
  vscode.window.setStatusBarMessage(`Saved "${view.title}" as ${EXPORT_FORMATS[format].label}`, 4000);
  return target;
}

/**
 * The editor to insert into: the active text editor, or — while the panel has
 * focus, when there is none — the text editor used last, if still visible.
 */
function insertionEditor(lastText: vscode.TextEditor | undefined): vscode.TextEditor | undefined {
  const active = vscode.window.activeTextEditor;
  if (active) return active;
  return lastText && vscode.window.visibleTextEditors.includes(lastText) ? lastText : vscode.window.visibleTextEditors[0];
}

async function insertComparison(panel: ExportedPanels, lastText: vscode.TextEditor | undefined): Promise<boolean> {
  const view = await shownOrTell(panel);
  if (!view) return false;
  const editor = insertionEditor(lastText);
  if (!editor) {
    void notify('info', 'Career Compare: open a text editor and place the cursor where the comparison should go.');
    return false;
  }
  const at = editor.selection;
  const doc = editor.document;
  // Blank lines around it where text touches it, so the tables are Markdown blocks of their own.
  const lead = at.start.character > 0 ? '\n\n' : '';
  const next = doc.getText(new vscode.Range(at.end, at.end.translate(1, 0)));
  const trail = next.length > 0 && !next.startsWith('\n') && !next.startsWith('\r') ? '\n' : '';
  // One edit: one undo step takes the whole table out again.
  const done = await editor.edit((builder) => builder.replace(at, `${lead}${comparisonMarkdown(view)}${trail}`));
  if (!done) log().warn(`Could not insert "${view.title}" into ${editor.document.uri.toString(true)}: the editor refused the edit.`);
  return done;
}

/** Runs a command's work, logging and reporting a failure instead of losing it. */
const guarded =
  <A extends unknown[], R>(what: string, work: (...args: A) => Promise<R>) =>
  async (...args: A): Promise<R | undefined> => {
    try {
      return await work(...args);
    } catch (err) {
      log().error(`Could not ${what}: ${err instanceof Error ? err.message : String(err)}`);
      void notify('error', `Career Compare: could not ${what}. The log has the details.`);
      return undefined;
    }
  };

export function registerExportCommands(comparison: ComparisonPanelController, paths: PathPanelController): vscode.Disposable[] {
  const panel: ExportedPanels = { comparison, paths };
  let lastText = vscode.window.activeTextEditor;
  return [
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (editor) lastText = editor;
    }),
    vscode.commands.registerCommand(
      COMMANDS.copyComparison,
      guarded('copy the comparison', () => copyComparison(panel)),
    ),
    vscode.commands.registerCommand(
      COMMANDS.saveComparisonAs,
      guarded('save the comparison', (arg?: unknown) => saveComparisonAs(panel, arg)),
    ),
    vscode.commands.registerCommand(
      COMMANDS.insertComparison,
      guarded('insert the comparison', () => insertComparison(panel, lastText)),
    ),
  ];
}
