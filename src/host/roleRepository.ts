// Loads the bundled role files through vscode.workspace.fs (which also works
// in VS Code for the web), once, on first use. Problems in files are logged
// and shown once; valid roles always load.
import * as vscode from 'vscode';
import { buildCatalog, describeProblem, type Catalog } from '../model/loadRoles';
import type { Role } from '../model/schema';
import { log } from './log';

export class RoleRepository {
  private loading: Promise<Catalog> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly dataRoot: vscode.Uri) {}

  /** Whether anything has asked for the data yet (activation must not). */
  get loaded(): boolean {
    return this.loading !== undefined;
  }

  /** The catalog, loading it on first call. */
  catalog(): Promise<Catalog> {
    this.loading ??= this.load();
    return this.loading;
  }

  async role(id: string): Promise<Role | undefined> {
    return (await this.catalog()).byId.get(id);
  }

  refresh(): void {
    this.loading = undefined;
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }

  private async load(): Promise<Catalog> {
    const started = Date.now();
    const rolesDir = vscode.Uri.joinPath(this.dataRoot, 'roles');
    let entries: [string, vscode.FileType][] = [];
    try {
      entries = await vscode.workspace.fs.readDirectory(rolesDir);
    } catch (err) {
      log().error(`Cannot read the role folder ${rolesDir.toString()}: ${String(err)}`);
    }
    const names = entries
      .filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.json'))
      .map(([name]) => name)
      .sort();
    const decoder = new TextDecoder();
    const files = await Promise.all(
      names.map(async (name) => ({
        file: `data/roles/${name}`,
        text: decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(rolesDir, name))),
      })),
    );
    const catalog = buildCatalog(files);
    log().info(`Loaded ${catalog.roles.length} roles from ${files.length} files in ${Date.now() - started} ms.`);
    if (catalog.problems.length > 0) {
      for (const p of catalog.problems) log().warn(describeProblem(p));
      const first = describeProblem(catalog.problems[0]);
      const more = catalog.problems.length > 1 ? ` (and ${catalog.problems.length - 1} more)` : '';
      void vscode.window
        .showWarningMessage(`Career Compare: a role file has problems: ${first}${more}. Valid roles still load.`, 'Show Log')
        .then((choice) => choice && log().show());
    }
    return catalog;
  }
}
