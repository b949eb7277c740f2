// Loads the role data through vscode.workspace.fs (which also works in VS
// Code for the web), on first use: hand-written role files whole, the
// official roles as a catalog of summaries plus the prebuilt search index;
// an official role's detail is read when it is opened or compared. Problems
// in files are logged and shown once; valid roles always load.
import * as vscode from 'vscode';
import type { ProseFile } from '../import/onetProse';
import type { RoleCatalog } from '../model/catalog';
import { CATALOG_FILE, GENERATED_FOLDER, ROLE_FOLDERS, SEARCH_INDEX_FILE } from '../model/dataFolders';
import type { RoleProblem } from '../model/loadRoles';
import type { Role } from '../model/schema';
import type { SearchHit } from '../search/roleSearch';
import type { SearchPart } from '../search/multiSearch';
import { core } from './core';
import { log } from './log';

/** One load of the data; Refresh starts a new one. */
interface Loaded {
  catalog: Promise<RoleCatalog>;
  search: Promise<SearchPart[]>;
  details: Map<string, Promise<Map<string, Role>>>;
  prose?: Promise<ProseFile | undefined>;
}

export interface SearchTiming {
  query: string;
  /** From the call to the answer, waiting for the index included. */
  ms: number;
}

export class RoleRepository {
  private current: Loaded | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly searched = new vscode.EventEmitter<SearchTiming>();
  /** Fires after each search with its time (used by the benchmark). */
  readonly onDidSearch = this.searched.event;
  private readonly decoder = new TextDecoder();
  /** How long the last loads took, in ms (the benchmark reports them). */
  readonly timings: { catalogMs?: number; catalogCoreMs?: number; catalogReadMs?: number; catalogValidateMs?: number; searchIndexMs?: number } = {};

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
    return this.current !== undefined;
  }

  /** The catalog (every role's summary), loading it on first call; the search index starts loading with it. */
  catalog(): Promise<RoleCatalog> {
    return this.state().catalog;
  }

  /** A role with all its detail (and imported O*NET prose), or undefined if it is unknown or its detail is damaged. */
  async role(id: string): Promise<Role | undefined> {
    return (await this.roles([id]))[0];
  }

  /** Several roles with their detail, in order; each undefined that is unknown or damaged (the log says why). */
  async roles(ids: readonly string[]): Promise<(Role | undefined)[]> {
    const loaded = this.state();
    const catalog = await loaded.catalog;
    loaded.prose ??= this.readProse();
    const prose = await loaded.prose;
    const { withProse } = core();
    return Promise.all(
      ids.map(async (id) => {
        const file = catalog.detailOf.get(id);
        const role = catalog.whole.get(id) ?? (file ? (await this.detail(loaded, file, catalog)).get(id) : undefined);
        return role && prose ? withProse(role, prose) : role;
      }),
    );
  }

  /** Searches titles and alternate titles; waits for the index if it is still loading. */
  async search(query: string, limit: number): Promise<SearchHit[]> {
    const started = performance.now();
    const parts = await this.state().search;
    const hits = core().searchParts(parts, query, limit);
    this.searched.fire({ query, ms: performance.now() - started });
    return hits;
  }

  /** Resolves when the search index is loaded (pickers wait for it before they open). */
  async searchReady(): Promise<void> {
    await this.state().search;
  }

  refresh(): void {
    this.current = undefined;
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
    this.searched.dispose();
  }

  private state(): Loaded {
    if (!this.current) {
      // The catalog's files first (the tree needs them), the index's right after: reads through
      // workspace.fs share one channel, so reading both at once would delay the catalog.
      const reading = this.readCatalogFiles();
      const indexText = reading.then(() => this.readGenerated(SEARCH_INDEX_FILE));
      const catalog = this.loadCatalog(reading);
      this.current = { catalog, search: catalog.then((c) => this.loadSearch(c, indexText)), details: new Map() };
    }
    return this.current;
  }

  private async readText(uri: vscode.Uri): Promise<string> {
    return this.decoder.decode(await vscode.workspace.fs.readFile(uri));
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
    return Promise.all(names.map(async (name) => ({ file: `data/${folder}/${name}`, text: await this.readText(vscode.Uri.joinPath(dir, name)) })));
  }

  /** The official catalog's text, or a problem naming it when it cannot be read. */
  private async readGenerated(name: string): Promise<{ text?: string; problem?: RoleProblem }> {
    const file = `data/${GENERATED_FOLDER}/${name}`;
    try {
      return { text: await this.readText(vscode.Uri.joinPath(this.dataRoot, GENERATED_FOLDER, name)) };
    } catch (err) {
      return { problem: { file, message: `cannot be read: ${String(err)}` } };
    }
  }

  /** Hand-written role files and the official catalog's text. */
  private readCatalogFiles(): Promise<[{ file: string; text: string }[], { text?: string; problem?: RoleProblem }]> {
    return Promise.all([
      Promise.all(ROLE_FOLDERS.map((f) => this.readFolder(f))).then((lists) => lists.flat()),
      this.readGenerated(CATALOG_FILE),
    ]);
  }

  private async loadCatalog(reading: ReturnType<RoleRepository['readCatalogFiles']>): Promise<RoleCatalog> {
    const started = performance.now();
    const generatedFile = `data/${GENERATED_FOLDER}/${CATALOG_FILE}`;
    // Loading core.js (and zod) while the files are read.
    const { assembleCatalog, buildCatalog, parseCatalogFile } = core();
    const coreMs = performance.now() - started;
    const [files, generated] = await reading;
    const validating = performance.now();
    const official = generated.text !== undefined ? parseCatalogFile(generatedFile, generated.text) : undefined;
    const catalog = assembleCatalog(buildCatalog(files), official, generatedFile);
    if (generated.problem) catalog.problems.push(generated.problem);
    const done = performance.now();
    Object.assign(this.timings, { catalogMs: done - started, catalogCoreMs: coreMs, catalogReadMs: validating - started, catalogValidateMs: done - validating });
    log().info(
      `Loaded ${catalog.roles.length} roles (${catalog.detailOf.size} official) from ${files.length + 1} files in ${(done - started).toFixed(0)} ms ` +
        `(core.js ${coreMs.toFixed(0)} ms, files read after ${(validating - started).toFixed(0)} ms, validation ${(done - validating).toFixed(0)} ms).`,
    );
    this.report(catalog.problems, 'a role file has problems');
    return catalog;
  }

  /** The prebuilt index of official roles, plus one built now for hand-written roles. A damaged index falls back to titles only. */
  private async loadSearch(catalog: RoleCatalog, reading: Promise<{ text?: string; problem?: RoleProblem }>): Promise<SearchPart[]> {
    const started = performance.now();
    const { buildSearchIndex, parseSearchIndex } = core();
    const entry = (r: { id: string; title: string; alternateTitles?: string[] }) => ({ roleId: r.id, title: r.title, alternateTitles: r.alternateTitles ?? [] });
    const whole = { index: buildSearchIndex([...catalog.whole.values()].map(entry)) };
    const official = (id: string) => catalog.detailOf.has(id);
    const file = `data/${GENERATED_FOLDER}/${SEARCH_INDEX_FILE}`;
    try {
      const { text, problem } = await reading;
      if (problem) throw new Error(problem.message);
      const parts = [whole, { index: parseSearchIndex(file, text!), accept: official }];
      this.timings.searchIndexMs = performance.now() - started;
      log().info(`Loaded the search index (${parts[1].index.size} titles) in ${this.timings.searchIndexMs.toFixed(0)} ms.`);
      return parts;
    } catch (err) {
      const titlesOnly = catalog.roles.filter((r) => official(r.id)).map(entry);
      log().error(`The search index ${file} could not be used (${err instanceof Error ? err.message : String(err)}); searching titles only.`);
      void vscode.window.showWarningMessage('Career Compare: the search index is damaged; searching role titles only (no alternate titles).');
      return [whole, { index: buildSearchIndex(titlesOnly) }];
    }
  }

  /** One detail file's roles, read and validated once per load; a damaged file or role is reported, never fatal. */
  private detail(loaded: Loaded, file: string, catalog: RoleCatalog): Promise<Map<string, Role>> {
    let pending = loaded.details.get(file);
    if (!pending) {
      pending = this.loadDetail(file, catalog);
      loaded.details.set(file, pending);
    }
    return pending;
  }

  private async loadDetail(file: string, catalog: RoleCatalog): Promise<Map<string, Role>> {
    const started = Date.now();
    const name = `data/${GENERATED_FOLDER}/${file}`;
    const expected = [...catalog.detailOf].filter(([, f]) => f === file).map(([id]) => id);
    const { text, problem } = await this.readGenerated(file);
    const { roles, problems } = text !== undefined ? core().parseDetailFile(name, text, expected) : { roles: new Map<string, Role>(), problems: [problem!] };
    log().info(`Loaded the detail of ${roles.size} roles from ${name} in ${Date.now() - started} ms.`);
    this.report(problems, 'a detail file has problems');
    return roles;
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
      const prose = core().ProseFileSchema.parse(JSON.parse(this.decoder.decode(bytes)));
      log().info(`Using imported O*NET prose for ${Object.keys(prose.occupations).length} occupations.`);
      return prose;
    } catch (err) {
      log().error(`The imported O*NET data (${this.proseFile.fsPath}) is damaged and was ignored: ${String(err)}`);
      void vscode.window.showWarningMessage(
        'Career Compare: the imported O*NET data is damaged and was ignored. Import it again, or remove it.',
      );
      return undefined;
    }
  }

  private report(problems: readonly RoleProblem[], what: string): void {
    if (problems.length === 0) return;
    const { describeProblem } = core();
    for (const p of problems) log().warn(describeProblem(p));
    const first = describeProblem(problems[0]);
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    vscode.window.showWarningMessage(`Career Compare: ${what}: ${first}${more}. Valid roles still load.`, 'Show Log').then(
      (choice) => choice && log().show(),
      (err: unknown) => log().error(`Could not show a warning: ${String(err)}`),
    );
  }
}
