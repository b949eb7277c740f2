// Copy, save and insert in the real extension host: the clipboard, the file
// system and a text editor's undo stack are VS Code's own.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { CareerCompareApi } from '../../src/extension';
import { REFERENCE_CSV, REFERENCE_MARKDOWN } from '../unit/export/referenceExports';
import { nextRender } from './nextRender';
import { api } from './api';

const REFERENCE = ['technical-manager', 'lead-technician'];
const markdown = `${REFERENCE_MARKDOWN.join('\n')}\n`;

describe('export commands in a real VS Code', function () {
  let a: CareerCompareApi;
  const folder = mkdtempSync(join(tmpdir(), 'career-compare-export-'));

  before(async () => {
    a = await api();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('registers Copy, Save As and Insert', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const id of ['careerCompare.copyComparison', 'careerCompare.saveComparisonAs', 'careerCompare.insertComparison']) {
      assert.ok(all.includes(id), id);
    }
  });

  it('copies nothing while no comparison is open', async () => {
    await vscode.env.clipboard.writeText('before');
    await vscode.commands.executeCommand('careerCompare.copyComparison');
    assert.equal(await vscode.env.clipboard.readText(), 'before');
  });

  it('copies the shown comparison to the clipboard as Markdown', async () => {
    const painted = nextRender(a, REFERENCE);
    await a.panel.show(REFERENCE);
    await painted;
    await vscode.commands.executeCommand('careerCompare.copyComparison');
    assert.equal(await vscode.env.clipboard.readText(), markdown);
  });

  it('saves Markdown, CSV and JSON by the file name’s extension', async () => {
    const csv = vscode.Uri.file(join(folder, 'comparison.csv'));
    const saved = await vscode.commands.executeCommand<vscode.Uri>('careerCompare.saveComparisonAs', { target: csv });
    assert.equal(saved?.toString(), csv.toString());
    assert.equal(readFileSync(csv.fsPath, 'utf8'), `${REFERENCE_CSV.join('\r\n')}\r\n`);
    const md = vscode.Uri.file(join(folder, 'comparison.md'));
    await vscode.commands.executeCommand('careerCompare.saveComparisonAs', { target: md });
    assert.equal(readFileSync(md.fsPath, 'utf8'), markdown);
    const json = vscode.Uri.file(join(folder, 'comparison.json'));
    await vscode.commands.executeCommand('careerCompare.saveComparisonAs', { target: json });
    const parsed = JSON.parse(readFileSync(json.fsPath, 'utf8')) as { title: string; roles: { id: string }[] };
    assert.equal(parsed.title, 'Technical Manager vs Lead Technician');
    assert.deepEqual(
      parsed.roles.map((r) => r.id),
      REFERENCE,
    );
  });

  it('inserts the table at the cursor of the text editor, and one undo takes it out', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# My plan\n\nAfter.\n' });
    const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.Beside);
    const at = new vscode.Position(2, 0);
    editor.selection = new vscode.Selection(at, at);
    const inserted = await vscode.commands.executeCommand<boolean>('careerCompare.insertComparison');
    assert.equal(inserted, true);
    assert.equal(doc.getText(), `# My plan\n\n${markdown}\nAfter.\n`);
    await vscode.window.showTextDocument(doc, editor.viewColumn);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), '# My plan\n\nAfter.\n');
  });

  it('starts the table on a line of its own when the cursor is mid-line', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Compare:' });
    const editor = await vscode.window.showTextDocument(doc);
    const end = new vscode.Position(0, 8);
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('careerCompare.insertComparison');
    assert.equal(doc.getText(), `Compare:\n\n${markdown}`);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), 'Compare:');
  });
});
