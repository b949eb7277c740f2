// The role-file schema served by the extension (issue 20): a role file that
// names it in "$schema" is checked by VS Code's own JSON support wherever it
// is kept — here in a folder the manifest's jsonValidation does not cover, as
// the folders careerCompare.roleFiles names may be.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ROLE_FILE_SCHEMA_URI } from '../../src/roleFiles/scaffoldRole';
import { api } from './api';

/** Waits for the diagnostics of `uri` to hold one that `match` accepts (the JSON server answers in its own time). */
function diagnosticFor(uri: vscode.Uri, match: (d: vscode.Diagnostic) => boolean): Promise<vscode.Diagnostic> {
  return new Promise((resolve, reject) => {
    const found = () => vscode.languages.getDiagnostics(uri).find(match);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no such diagnostic; have: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => d.message))}`));
    }, 45_000);
    const sub = vscode.languages.onDidChangeDiagnostics(() => {
      const d = found();
      if (!d) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(d);
    });
    const now = found();
    if (now) {
      clearTimeout(timer);
      sub.dispose();
      resolve(now);
    }
  });
}

describe('the role-file schema, served to any file that names it', function () {
  const folder = () => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'schema-check');

  before(async () => {
    await api();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder(), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('opens the schema at its address', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(ROLE_FILE_SCHEMA_URI));
    const schema = JSON.parse(doc.getText()) as { title: string; properties: Record<string, unknown> };
    assert.equal(schema.title, 'Career Compare role file');
    assert.ok(schema.properties.roles);
  });

  it("lets VS Code's JSON support check a role file outside .career-compare/ by it", async () => {
    const uri = vscode.Uri.joinPath(folder(), 'offer.json');
    const text = JSON.stringify(
      { $schema: ROLE_FILE_SCHEMA_URI, roles: [{ id: 'schema-offer', titel: 'Offer', category: 'Mine' }] },
      null,
      2,
    );
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const problem = await diagnosticFor(uri, (d) => /titel/.test(d.message) || /title/.test(d.message));
    assert.notEqual(problem.source, 'Career Compare', 'from the JSON language service, not the extension');
  });
});
