// Loads the bundled role files through vscode.workspace.fs (which also works
// in VS Code for the web), once, on first use. Problems in files are logged
// and shown once; valid roles always load.
import * as vscode from 'vscode';
import type { ProseFile } from '../import/onetProse';
import { ROLE_FOLDERS } from '../model/dataFolders';
import type { Catalog } from '../model/loadRoles';
import type { Role } from '../model/schema';
import { core } from './core';
import { log } from './log';


export class RoleRepository {
  private loading: Promise<Catalog> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly dataRoot: vscode.Uri,
    private readonly storage: vscode.Uri,
  ) {}

  /** Where an O*NET import keeps descriptions and tasks (the extension's global storage). */
  get proseFile(): vscode.Uri {
    return vscode.Uri.joinPath(this.storage, 'onet-prose.json');
  }

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

  private async readFolder(folder: string): Promise<{ file: string; text: string }[]> {
    const dir = vscode.Uri.joinPath(this.dataRoot, folder);
    let entries: [string, vscode.FileType][] = [];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch (err) {
      log().error(`Cannot read the role folder ${dir.toString()}: ${String(err)}`);
    }
    const names = entries
      .filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.json'))
      .map(([name]) => name)
      .sort();
    const decoder = new TextDecoder();
    return Promise.all(
      names.map(async (name) => ({
        file: `data/${folder}/${name}`,
        text: decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dir, name))),
      })),
    );
  }

  /** The imported O*NET prose, if any; a damaged file is reported and ignored, never fatal. */
  private async readProse(): Promise<ProseFile | undefined> {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(this.proseFile);
    } catch {
      return undefined;
    }
    try {
      return core().ProseFileSchema.parse(JSON.parse(new TextDecoder().decode(bytes)));
    } catch (err) {
      log().error(`The imported O*NET data (${this.proseFile.fsPath}) is damaged and was ignored: ${String(err)}`);
      void vscode.window.showWarningMessage(
        'Career Compare: the imported O*NET data is damaged and was ignored. Import it again, or remove it.',
      );
      return undefined;
    }
  }

  private async load(): Promise<Catalog> {
    const started = Date.now();
    const [files, prose] = await Promise.all([
      Promise.all(ROLE_FOLDERS.map((f) => this.readFolder(f))).then((lists) => lists.flat()),
      this.readProse(),
    ]);
    const { buildCatalog, describeProblem, withProse } = core();
    const parsed = buildCatalog(files);
    const roles = prose ? parsed.roles.map((r) => withProse(r, prose)) : parsed.roles;
    const catalog: Catalog = { roles, byId: new Map(roles.map((r) => [r.id, r])), problems: parsed.problems };
    log().info(
      `Loaded ${catalog.roles.length} roles from ${files.length} files in ${Date.now() - started} ms` +
        (prose ? `, with imported O*NET prose for ${Object.keys(prose.occupations).length} occupations.` : '.'),
    );
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
