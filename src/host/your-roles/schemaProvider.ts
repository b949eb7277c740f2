// Serves the role-file JSON Schema at ROLE_FILE_SCHEMA_URI, so a role file
// that names it in "$schema" is validated and completed by VS Code's JSON
// support wherever it lives — also in the folders careerCompare.roleFiles
// names, which the manifest's static jsonValidation cannot know. Read from
// the extension's own files; nothing is downloaded.
import * as vscode from 'vscode';
import { ROLE_FILE_SCHEMA_URI } from '../../roleFiles/scaffoldRole';
import { log } from '../shared/log';

export function registerSchemaProvider(extensionUri: vscode.Uri): vscode.Disposable {
  // Worked out when registering, not when the module loads: loading touches no VS Code API.
  const scheme = vscode.Uri.parse(ROLE_FILE_SCHEMA_URI).scheme;
  const file = vscode.Uri.joinPath(extensionUri, 'schemas', 'role-file.schema.json');
  return vscode.workspace.registerTextDocumentContentProvider(scheme, {
    async provideTextDocumentContent(uri: vscode.Uri): Promise<string | undefined> {
      if (uri.toString() !== ROLE_FILE_SCHEMA_URI) return undefined;
      try {
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
      } catch (err) {
        log().error(`Cannot read the role file schema: ${String(err)}`);
        return undefined;
      }
    },
  });
}
