// Loads the bundled role files through vscode.workspace.fs (which also works
// in VS Code for the web), once, on first use. Problems in files are logged
// and shown once; valid roles always load. A load that fails is not kept:
// the next request loads again.
import * as vscode from 'vscode';
import type { ProseFile } from '../import/onetProse';
import { ROLE_FOLDERS } from '../model/dataFolders';
import { LIMITS, megabytes } from '../model/limits';
import type { Catalog, FolderEntry, RoleProblem } from '../model/loadRoles';
import type { Role } from '../model/schema';
import { CachedLoad } from '../util/cachedLoad';
import { truncate } from '../util/safeText';
import { removeStaleTemporaries } from './atomicWrite';
import { core } from './core';
import { log, notify } from './log';

/** A role folder's entry kind from vscode's FileType bit flags (a link to a file is File | SymbolicLink). */
function kindOf(type: vscode.FileType): FolderEntry['kind'] {
  if (type & vscode.FileType.SymbolicLink) return 'symlink';
  if (type === vscode.FileType.File) return 'file';
  if (type === vscode.FileType.Directory) return 'directory';
  return 'other';
}

interface FolderRead {
  files: { file: string; text: Uint8Array }[];
  problems: RoleProblem[];
}


export class RoleRepository {
  private readonly loading = new CachedLoad(() => this.load());
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
    return this.loading.started;
  }

  /** The catalog, loading it on first call (and again after a failed load). */
  catalog(): Promise<Catalog> {
    return this.loading.get();
  }

  async role(id: string): Promise<Role | undefined> {
    return (await this.catalog()).byId.get(id);
  }

  refresh(): void {
    this.loading.reset();
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }

  /** One role file's bytes, or the problem that kept it from being read (too large, unreadable). */
  private async readRoleFile(uri: vscode.Uri, file: string): Promise<Uint8Array | RoleProblem> {
    try {
      const { size } = await vscode.workspace.fs.stat(uri);
      if (size > LIMITS.roleFileBytes) {
        return { file, message: `${megabytes(size)}, at most ${megabytes(LIMITS.roleFileBytes)}: the file was not read` };
      }
      return await vscode.workspace.fs.readFile(uri);
    } catch (err) {
      return { file, message: `could not be read: ${String(err)}` };
    }
  }

  private async readFolder(folder: string): Promise<FolderRead> {
    const dir = vscode.Uri.joinPath(this.dataRoot, folder);
    let entries: [string, vscode.FileType][] = [];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch (err) {
      log().error(`Cannot read the role folder ${dir.toString()}: ${String(err)}`);
    }
    const listed = core().listRoleFiles(
      folder,
      entries.map(([name, type]) => ({ name, kind: kindOf(type) })),
    );
    const out: FolderRead = { files: [], problems: listed.problems };
    const read = await Promise.all(listed.files.map(async (name) => {
      const file = `data/${folder}/${name}`;
      return { file, result: await this.readRoleFile(vscode.Uri.joinPath(dir, name), file) };
    }));
    for (const { file, result } of read) {
      if (result instanceof Uint8Array) out.files.push({ file, text: result });
      else out.problems.push(result);
    }
    return out;
  }

  /** The imported O*NET prose, if any; a damaged file is reported and ignored, never fatal. */
  private async readProse(): Promise<ProseFile | undefined> {
    let bytes: Uint8Array;
    let size: number;
    try {
      ({ size } = await vscode.workspace.fs.stat(this.proseFile));
    } catch {
      return undefined;
    }
    // Written by our import, but it sits on disk: the same size limit as a role file.
    if (size > LIMITS.roleFileBytes) return this.damagedProse(`${megabytes(size)}, at most ${megabytes(LIMITS.roleFileBytes)}`);
    try {
      bytes = await vscode.workspace.fs.readFile(this.proseFile);
    } catch {
      return undefined;
    }
    try {
      return core().ProseFileSchema.parse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
    } catch (err) {
      return this.damagedProse(err);
    }
  }

  private damagedProse(err: unknown): undefined {
    log().error(`The imported O*NET data (${this.proseFile.fsPath}) is damaged and was ignored: ${String(err)}`);
    void notify('warning', 'Career Compare: the imported O*NET data is damaged and was ignored. Import it again, or remove it.');
    return undefined;
  }

  private async load(): Promise<Catalog> {
    const started = Date.now();
    // A crash between an import's write and its rename leaves a temporary file: this is the next start.
    void removeStaleTemporaries(this.proseFile);
    const [folders, prose] = await Promise.all([Promise.all(ROLE_FOLDERS.map((f) => this.readFolder(f))), this.readProse()]);
    const files = folders.flatMap((f) => f.files);
    const { buildCatalog, describeProblem, withProse } = core();
    const parsed = buildCatalog(files);
    const roles = prose ? parsed.roles.map((r) => withProse(r, prose)) : parsed.roles;
    const problems = folders.flatMap((f) => f.problems).concat(parsed.problems);
    const catalog: Catalog = { roles, byId: new Map(roles.map((r) => [r.id, r])), problems };
    log().info(
      `Loaded ${catalog.roles.length} roles from ${files.length} files in ${Date.now() - started} ms` +
        (prose ? `, with imported O*NET prose for ${Object.keys(prose.occupations).length} occupations.` : '.'),
    );
    if (problems.length > 0) this.report(problems.map(describeProblem));
    return catalog;
  }

  /** Every problem in the log; one notification for all of them. */
  private report(problems: string[]): void {
    for (const p of problems) log().warn(p);
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    void notify('warning', `Career Compare: a role file has problems: ${truncate(problems[0], 300)}${more}. Valid roles still load.`, 'Show Log').then(
      (choice) => choice && log().show(),
    );
  }
}
