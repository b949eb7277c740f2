// Loads the role data through vscode.workspace.fs (which also works in VS
// Code for the web), on first use: hand-written role files whole, the
// official roles as a catalog of summaries plus the prebuilt search index;
// an official role's detail is read when it is opened or compared. Problems
// in files are logged and shown once; valid roles always load. A load that
// fails is not kept: the next request loads again.
import * as vscode from 'vscode';
import type { ProseFile } from '../../import/release/onetProse';
import type { MetroFile } from '../../metros/metroFile';
import type { RoleCatalog } from '../../model/catalog';
import { CATALOG_FILE, GENERATED_FOLDER, PHRASES_FILE, ROLE_FOLDERS, SEARCH_INDEX_FILE } from '../../model/dataFolders';
import type { FolderEntry, RoleProblem } from '../../model/loadRoles';
import type { Role } from '../../model/schema';
import type { RoleSummary } from '../../model/summary';
import type { SearchHit } from '../../search/roleSearch';
import type { SearchPart } from '../../search/multiSearch';
import type { PhraseMatcher } from '../../search/phrases';
import { CachedLoad } from '../../util/cachedLoad';
import { truncate } from '../../util/safeText';
import { removeStaleTemporaries } from '../shared/files';
import { readImportedFile } from './importedFile';
import { core } from '../shared/core';
import { log, notify } from '../shared/log';

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

/** One load of the data; Refresh starts a new one. */
interface Loaded {
  catalog: RoleCatalog;
  search: Promise<SearchPart[]>;
  details: Map<string, Promise<Map<string, Role>>>;
  prose?: Promise<ProseFile | undefined>;
  /** Imported BLS metropolitan area figures, read when roles are first asked for. */
  metros?: Promise<MetroFile | undefined>;
  /** The official titles' phrase matcher, read when hover cards first need it. */
  phrases?: Promise<PhraseMatcher>;
}

export interface SearchTiming {
  query: string;
  /** From the call to the answer, waiting for the index included. */
  ms: number;
}

/** The loaded data with the user's own roles ("Your Roles") joined in. */
interface WithUserRoles {
  base: Loaded;
  catalog: RoleCatalog;
  search: Promise<SearchPart[]>;
}

export class RoleRepository {
  private readonly loading = new CachedLoad(() => this.load());
  private userRoles: readonly Role[] = [];
  /** A load of the user's role files in progress, if any (set by the loader). */
  private userRolesPending: () => Promise<void> = () => Promise.resolve();
  private joined: WithUserRoles | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly searched = new vscode.EventEmitter<SearchTiming>();
  /** Fires after each search with its time (used by the benchmark). */
  readonly onDidSearch = this.searched.event;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  /** How long the last loads took, in ms (the benchmark reports them). */
  readonly timings: {
    catalogMs?: number;
    catalogCoreMs?: number;
    catalogReadMs?: number;
    catalogValidateMs?: number;
    searchIndexMs?: number;
    phrasesMs?: number;
  } = {};

  constructor(
    private readonly dataRoot: vscode.Uri,
    private readonly storage: vscode.Uri,
  ) {}

  /** Where an O*NET import keeps descriptions and tasks (the extension's global storage). */
  get proseFile(): vscode.Uri {
    return vscode.Uri.joinPath(this.storage, 'onet-prose.json');
  }

  /** Where an import of BLS's metropolitan area estimates keeps its figures (the extension's global storage). */
  get metroFile(): vscode.Uri {
    return vscode.Uri.joinPath(this.storage, 'bls-metros.json');
  }

  /** Whether anything has asked for the data yet (activation must not). */
  get loaded(): boolean {
    return this.loading.started;
  }

  /**
   * The catalog (every role's summary), loading it on first call (and again
   * after a failed load); the search index starts loading with it.
   */
  async catalog(): Promise<RoleCatalog> {
    return (await this.current()).catalog;
  }

  /** The bundled and official roles alone: what the user's role ids are checked against. */
  async baseCatalog(): Promise<RoleCatalog> {
    return (await this.loading.get()).catalog;
  }

  /** Replaces the roles from the user's own files (already validated) and tells the tree and panel; nothing is re-read. */
  setUserRoles(roles: readonly Role[]): void {
    this.userRoles = roles;
    this.joined = undefined;
    this.changed.fire();
  }

  /**
   * Lets the catalog and searches wait for a load of the user's role files in
   * progress: a picker opened as a window starts then holds the roles its
   * search will find (it held the catalog from before the load, and a hit for
   * the user's role had no summary in it).
   */
  waitForUserRoles(pending: () => Promise<void>): void {
    this.userRolesPending = pending;
  }

  /** The loaded data with the user's roles joined, built once per load and per change of user roles. */
  private async current(): Promise<WithUserRoles> {
    await this.userRolesPending();
    const base = await this.loading.get();
    if (this.joined?.base === base) return this.joined;
    const roles = this.userRoles;
    const catalog = core().withUserRoles(base.catalog, roles);
    const entries = roles.map((r) => ({ roleId: r.id, title: r.title, alternateTitles: r.alternateTitles ?? [] }));
    const search = roles.length === 0 ? base.search : base.search.then((parts) => [...parts, { index: core().buildSearchIndex(entries) }]);
    this.joined = { base, catalog, search };
    return this.joined;
  }

  /** A role with all its detail (and imported O*NET prose), or undefined if it is unknown or its detail is damaged. */
  async role(id: string): Promise<Role | undefined> {
    return (await this.roles([id]))[0];
  }

  /** Several roles with their detail, in order; each undefined that is unknown or damaged (the log says why). */
  async roles(ids: readonly string[]): Promise<(Role | undefined)[]> {
    const { base: loaded, catalog } = await this.current();
    loaded.prose ??= this.readProse();
    loaded.metros ??= this.readMetros();
    const [prose, metros] = await Promise.all([loaded.prose, loaded.metros]);
    const { withMetros, withProse } = core();
    return Promise.all(
      ids.map(async (id) => {
        const file = catalog.detailOf.get(id);
        const role = catalog.whole.get(id) ?? (file ? (await this.detail(loaded, file, catalog)).get(id) : undefined);
        return role && withMetros(prose ? withProse(role, prose) : role, metros);
      }),
    );
  }

  /** Searches titles and alternate titles; waits for the index if it is still loading. */
  async search(query: string, limit: number): Promise<SearchHit[]> {
    return (await this.searchRoles(query, limit)).map((found) => found.hit);
  }

  /**
   * Searches, and gives each hit's summary from the catalog the index was
   * built with (one snapshot): a picker shows what it found even if the
   * user's roles change while it is open.
   */
  async searchRoles(query: string, limit: number): Promise<{ hit: SearchHit; role: RoleSummary }[]> {
    const started = performance.now();
    const { catalog, search } = await this.current();
    const hits = core().searchParts(await search, query, limit);
    this.searched.fire({ query, ms: performance.now() - started });
    return hits.flatMap((hit) => {
      const role = catalog.byId.get(hit.roleId);
      return role ? [{ hit, role }] : [];
    });
  }

  /** The loaded search indexes (the same array until a refresh): hover cards find titles from them. */
  async searchParts(): Promise<SearchPart[]> {
    return (await this.loading.get()).search;
  }

  /** The official titles' phrase matcher for hover cards, read once per load (not with the catalog: only hovers need it). */
  async officialPhrases(): Promise<PhraseMatcher> {
    const loaded = await this.loading.get();
    loaded.phrases ??= this.loadPhrases(loaded);
    return loaded.phrases;
  }

  /** Resolves when the search index is loaded (pickers wait for it before they open). */
  async searchReady(): Promise<void> {
    await (
      await this.current()
    ).search;
  }

  refresh(): void {
    this.loading.reset();
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
    this.searched.dispose();
  }

  private async load(): Promise<Loaded> {
    // The catalog's files first (the tree needs them), the index's right after: reads through
    // workspace.fs share one channel, so reading both at once would delay the catalog.
    const reading = this.readCatalogFiles();
    const indexText = reading.then(() => this.readGenerated(SEARCH_INDEX_FILE));
    const catalog = await this.loadCatalog(reading);
    // A crash between an import's write and its rename leaves a temporary file: this is the next start.
    // Cleaned after the catalog is read, for the same reason the index waits.
    for (const file of [this.proseFile, this.metroFile]) {
      removeStaleTemporaries(file).catch((err: unknown) => log().error(`Could not remove stale temporary files: ${String(err)}`));
    }
    return { catalog, search: this.loadSearch(catalog, indexText), details: new Map() };
  }

  /** Bundled data, read strictly: text that is not UTF-8 is an error, never silently replaced. */
  private async readText(uri: vscode.Uri): Promise<string> {
    return this.decoder.decode(await vscode.workspace.fs.readFile(uri));
  }

  /**
   * One bundled role file's bytes, or why it could not be read. The size
   * limit is applied to the bytes by parseRoleFile, like every other role
   * file rule. These files ship inside the extension, so no stat comes
   * first: it cost a round trip, about 30 ms of the catalog's first load in
   * VS Code (npm run bench). Files from a user's workspace must be measured
   * before they are read.
   */
  private async readRoleFile(uri: vscode.Uri, file: string): Promise<Uint8Array | RoleProblem> {
    try {
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
    const read = await Promise.all(
      listed.files.map(async (name) => {
        const file = `data/${folder}/${name}`;
        return { file, result: await this.readRoleFile(vscode.Uri.joinPath(dir, name), file) };
      }),
    );
    for (const { file, result } of read) {
      if (result instanceof Uint8Array) out.files.push({ file, text: result });
      else out.problems.push(result);
    }
    return out;
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

  /** Hand-written role files (with what kept any from being read) and the official catalog's text. */
  private readCatalogFiles(): Promise<[FolderRead[], { text?: string; problem?: RoleProblem }]> {
    return Promise.all([Promise.all(ROLE_FOLDERS.map((f) => this.readFolder(f))), this.readGenerated(CATALOG_FILE)]);
  }

  private async loadCatalog(reading: ReturnType<RoleRepository['readCatalogFiles']>): Promise<RoleCatalog> {
    const started = performance.now();
    const generatedFile = `data/${GENERATED_FOLDER}/${CATALOG_FILE}`;
    // Loading core.js (and zod) while the files are read.
    const { assembleCatalog, buildCatalog, parseCatalogFile } = core();
    const coreMs = performance.now() - started;
    const [folders, generated] = await reading;
    const files = folders.flatMap((f) => f.files);
    const validating = performance.now();
    const official = generated.text !== undefined ? parseCatalogFile(generatedFile, generated.text) : undefined;
    const catalog = assembleCatalog(
      buildCatalog(files, (id) => official?.detailOf.has(id) ?? false),
      official,
      generatedFile,
    );
    for (const folder of folders) for (const p of folder.problems) catalog.problems.push(p);
    if (generated.problem) catalog.problems.push(generated.problem);
    const done = performance.now();
    Object.assign(this.timings, {
      catalogMs: done - started,
      catalogCoreMs: coreMs,
      catalogReadMs: validating - started,
      catalogValidateMs: done - validating,
    });
    log().info(
      `Loaded ${catalog.roles.length} roles (${catalog.detailOf.size} official) from ${files.length + 1} files ` +
        `in ${(done - started).toFixed(0)} ms (core load ${coreMs.toFixed(0)} ms, ` +
        `files read after ${(validating - started).toFixed(0)} ms, validation ${(done - validating).toFixed(0)} ms).`,
    );
    this.report(catalog.problems, 'a role file has problems');
    return catalog;
  }

  /** The prebuilt index of official roles, plus one built now for hand-written roles. A damaged index falls back to titles only. */
  private async loadSearch(catalog: RoleCatalog, reading: Promise<{ text?: string; problem?: RoleProblem }>): Promise<SearchPart[]> {
    const started = performance.now();
    const { buildSearchIndex, parseSearchIndex } = core();
    const entry = (r: { id: string; title: string; alternateTitles?: string[] }) => ({
      roleId: r.id,
      title: r.title,
      alternateTitles: r.alternateTitles ?? [],
    });
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
      log().error(
        `The search index ${file} could not be used (${err instanceof Error ? err.message : String(err)}); searching titles only.`,
      );
      void notify('warning', 'Career Compare: the search index is damaged; searching role titles only (no alternate titles).');
      return [whole, { index: buildSearchIndex(titlesOnly) }];
    }
  }

  /**
   * The prebuilt matcher, over the official search index's titles; a damaged
   * file (or a damaged index) is reported and the matcher built from the index in use instead (about a second).
   */
  private async loadPhrases(loaded: Loaded): Promise<PhraseMatcher> {
    const started = performance.now();
    const file = `data/${GENERATED_FOLDER}/${PHRASES_FILE}`;
    const [reading, [, official]] = await Promise.all([this.readGenerated(PHRASES_FILE), loaded.search]);
    const { buildIndexMatcher, parsePhraseMatcher } = core();
    try {
      if (reading.problem) throw new Error(reading.problem.message);
      const matcher = parsePhraseMatcher(file, reading.text!, official.index);
      this.timings.phrasesMs = performance.now() - started;
      log().info(`Loaded the hover phrase matcher (${matcher.nodes} words) in ${this.timings.phrasesMs.toFixed(0)} ms.`);
      return matcher;
    } catch (err) {
      log().error(
        `The phrase matcher ${file} could not be used (${err instanceof Error ? err.message : String(err)}); building it from the search index.`,
      );
      return buildIndexMatcher(official.index);
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
    const { roles, problems } =
      text !== undefined
        ? core().parseDetailFile(name, text, expected, (id) => catalog.byId.has(id))
        : { roles: new Map<string, Role>(), problems: [problem!] };
    log().info(`Loaded the detail of ${roles.size} roles from ${name} in ${Date.now() - started} ms.`);
    this.report(problems, 'a detail file has problems');
    return roles;
  }

  /** The imported O*NET prose, if any; a damaged file is reported and ignored, never fatal. */
  private readProse(): Promise<ProseFile | undefined> {
    return readImportedFile({
      uri: this.proseFile,
      parse: (json) => core().ProseFileSchema.parse(json),
      what: 'the imported O*NET data',
      used: (prose) => `Using imported O*NET prose for ${Object.keys(prose.occupations).length} occupations.`,
    });
  }

  /** The imported BLS metro figures, if any; a damaged file is reported and ignored, never fatal. */
  private readMetros(): Promise<MetroFile | undefined> {
    return readImportedFile({
      uri: this.metroFile,
      parse: (json) => core().MetroFileSchema.parse(json),
      what: 'the imported metropolitan area data',
      used: (metros) => `Using imported BLS metro figures for ${Object.keys(metros.occupations).length} occupations (${metros.file}).`,
    });
  }

  private report(problems: readonly RoleProblem[], what: string): void {
    if (problems.length === 0) return;
    const { describeProblem } = core();
    for (const p of problems) log().warn(describeProblem(p));
    const first = truncate(describeProblem(problems[0]), 300);
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    notify('warning', `Career Compare: ${what}: ${first}${more}. Valid roles still load.`, 'Show Log').then(
      (choice) => choice && log().show(),
      (err: unknown) => log().error(`Could not show a warning: ${String(err)}`),
    );
  }
}
