// The user's own role files ("Your Roles"): found in the workspace (the
// default `.career-compare/*.json` plus careerCompare.roleFiles) and in a
// user-level folder (careerCompare.userRoleFolder), read through
// vscode.workspace.fs (so the web build works too), validated like the
// bundled files, joined into the repository, and reported in the Problems
// panel at the place of each bad value. Watchers reload what changes; an
// open file is checked as it is typed. In Restricted Mode the workspace's
// files are not read until the workspace is trusted; the user-level folder
// is the user's own and is read in both modes.
import * as vscode from 'vscode';
import { LIMITS, megabytes } from '../../limits';
import type { RoleProblem } from '../../model/loadRoles';
import type { ParsedUserFile } from '../../roleFiles/userRoles';
import { core } from '../shared/core';
import { log } from '../shared/log';
import { affects } from '../shared/settings';
import type { RoleRepository } from '../data/roleRepository';
import { roleFileName, roleFileSources, type RoleFileSource } from './userRoleSources';

/** Quiet time after a file event before reloading: a save often comes as several events. */
const RELOAD_DEBOUNCE_MS = 20;
/** Quiet time after a keystroke before checking an open role file again. */
const TYPING_DEBOUNCE_MS = 150;
/** How long the catalog and a search wait for a load of these files in progress (a slow network drive is not waited for longer). */
const LOAD_WAIT_MS = 5_000;

/** One finished load, for tests and the benchmark. */
export interface UserRolesLoad {
  files: number;
  roles: number;
  /** From the start of the load to the roles joined and the diagnostics set. */
  ms: number;
  /** Whether the workspace's files were read (false in Restricted Mode). */
  workspaceRead: boolean;
}

interface Cached {
  mtime: number;
  size: number;
  parsed: ParsedUserFile;
}

/** A message's severity: what is only left out (a bad link, a repeated key) warns; what rejects a value is an error. */
function severityOf(problem: RoleProblem): vscode.DiagnosticSeverity {
  return /left out|the last one is used/.test(problem.message) ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Error;
}

function diagnosticsOf(text: string, problems: readonly RoleProblem[]): vscode.Diagnostic[] {
  if (problems.length === 0) return [];
  const { locateProblems, positionsAt } = core();
  const located = locateProblems(text, problems);
  // Every start and end in one walk over the text.
  const at = positionsAt(
    text,
    located.flatMap((p) => [p.start, p.end]),
  );
  return located.map((p, i) => {
    const [start, end] = [at[2 * i], at[2 * i + 1]];
    const range = new vscode.Range(start.line, start.character, end.line, end.character);
    const diagnostic = new vscode.Diagnostic(range, p.message, severityOf(problems[i]));
    diagnostic.source = 'Career Compare';
    return diagnostic;
  });
}

export class UserRoleFiles implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('career-compare');
  private readonly cache = new Map<string, Cached>();
  /** Files the watcher named since the last load: only these are measured and read again. */
  private readonly changedFiles = new Set<string>();
  /** What was last put in the Problems panel per file, so an unchanged file's entry is not set again. */
  private readonly published = new Map<string, string>();
  /** The files of the last load, by name, with their URI. */
  private files = new Map<string, vscode.Uri>();
  private sources: RoleFileSource[] = [];
  private watchers: vscode.Disposable[] = [];
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly typing = new Map<string, ReturnType<typeof setTimeout>>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private readonly loaded = new vscode.EventEmitter<UserRolesLoad>();
  /** Fires after each load (the roles are joined and the diagnostics set). */
  readonly onDidLoad = this.loaded.event;
  last: UserRolesLoad | undefined;

  constructor(private readonly repository: RoleRepository) {
    repository.waitForUserRoles(() => this.settledWithin(LOAD_WAIT_MS));
    this.subscriptions.push(
      vscode.workspace.onDidGrantWorkspaceTrust(() => {
        log().info('The workspace is trusted now: reading its role files.');
        this.restart();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affects(e, 'roleFiles', 'userRoleFolder')) this.restart();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.restart()),
      vscode.workspace.onDidChangeTextDocument((e) => this.typed(e.document)),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (this.isRoleFile(doc.uri)) this.schedule(RELOAD_DEBOUNCE_MS);
      }),
    );
  }

  /** Finds the sources, watches them and loads; called once at activation and again when trust or settings change. */
  restart(): void {
    // Settings or trust changed: read every file afresh.
    this.cache.clear();
    this.changedFiles.clear();
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    this.sources = roleFileSources();
    if (!vscode.workspace.isTrusted && (vscode.workspace.workspaceFolders?.length ?? 0) > 0) {
      log().info('Restricted Mode: role files in the workspace are read once you trust it.');
    }
    for (const source of this.sources) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(source.base, source.pattern));
      const reload = (uri: vscode.Uri) => {
        this.changedFiles.add(uri.toString());
        this.schedule(RELOAD_DEBOUNCE_MS);
      };
      this.watchers.push(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload));
    }
    this.schedule(0);
  }

  /** Whether a URI is one of the role files the current sources cover. */
  isRoleFile(uri: vscode.Uri): boolean {
    // Called on every edit of every document (output channels too): most are not JSON files.
    if (!uri.path.endsWith('.json')) return false;
    if (this.files.has(roleFileName(uri))) return true;
    return this.sources.some(
      (s) =>
        vscode.languages.match({ pattern: new vscode.RelativePattern(s.base, s.pattern) }, {
          uri,
          languageId: 'json',
        } as vscode.TextDocument) > 0,
    );
  }

  /** Loads now (after the quiet time), or again right after a load already running. */
  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.running) {
        this.again = true;
        return;
      }
      this.running = this.load()
        .catch((err: unknown) => log().error(`Could not load your role files: ${String(err)}`))
        .finally(() => {
          this.running = undefined;
          if (this.again) {
            this.again = false;
            this.schedule(0);
          }
        });
    }, delay);
  }

  /** Resolves when no load is pending or running (tests wait on it). */
  async settled(): Promise<void> {
    while (this.timer !== undefined || this.running || this.again) {
      if (this.running) await this.running;
      else await new Promise((r) => setTimeout(r, RELOAD_DEBOUNCE_MS));
    }
  }

  /** settled(), or after `ms` with a log line: a search must answer even if a load hangs. */
  private settledWithin(ms: number): Promise<void> {
    if (this.timer === undefined && !this.running && !this.again) return Promise.resolve();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        log().warn(`Your role files are still loading after ${ms} ms; the roles loaded so far are shown.`);
        resolve();
      }, ms);
    });
    const done = this.settled().catch((err: unknown) => log().error(`Waiting for your role files failed: ${String(err)}`));
    return Promise.race([done, late]).finally(() => clearTimeout(timer));
  }

  private async load(): Promise<void> {
    const started = performance.now();
    const changed = new Set(this.changedFiles);
    this.changedFiles.clear();
    const uris = await this.listAll();
    if (uris.length === 0 && this.files.size === 0) {
      // Nothing to read and nothing shown: no need for core.js (zod) or a tree refresh.
      this.last = { files: 0, roles: 0, ms: performance.now() - started, workspaceRead: this.sources.some((s) => s.workspace) };
      this.loaded.fire(this.last);
      return;
    }
    const parsed = await Promise.all(uris.map((uri) => this.read(uri, changed.has(uri.toString()))));
    const isTaken = parsed.some((p) => p.roles.length > 0) ? await this.takenIds() : () => false;
    const combined = core().combineUserFiles(parsed, isTaken);
    const previous = this.files;
    this.files = new Map(uris.map((uri) => [roleFileName(uri), uri]));
    const current = new Set(uris.map((uri) => uri.toString()));
    for (const key of this.cache.keys()) if (!current.has(key)) this.cache.delete(key);
    for (const [name, uri] of previous) {
      if (this.files.has(name)) continue;
      this.diagnostics.delete(uri);
      this.published.delete(uri.toString());
    }
    for (const file of parsed) {
      const uri = this.files.get(file.file)!;
      // An open file with unsaved edits shows what is typed, not what is on disk.
      if (vscode.workspace.textDocuments.some((d) => d.isDirty && d.uri.toString() === uri.toString())) continue;
      // Each file on its own: one that cannot be placed in Problems must not keep the others' roles from loading.
      try {
        this.publish(uri, file.text, combined.problems.get(file.file) ?? []);
      } catch (err) {
        log().error(`Could not show the problems of ${file.file}: ${String(err)}`);
      }
    }
    this.repository.setUserRoles(combined.roles);
    const workspaceRead = this.sources.some((s) => s.workspace);
    this.last = { files: uris.length, roles: combined.roles.length, ms: performance.now() - started, workspaceRead };
    if (uris.length > 0) {
      log().info(`Loaded ${combined.roles.length} of your roles from ${uris.length} files in ${this.last.ms.toFixed(0)} ms.`);
    }
    this.loaded.fire(this.last);
  }

  /** The ids of bundled and official roles; if they cannot load, none (the log says why). */
  private async takenIds(): Promise<(id: string) => boolean> {
    try {
      const base = await this.repository.baseCatalog();
      return (id) => base.byId.has(id);
    } catch (err) {
      log().error(`Cannot check your role ids against the official roles: ${String(err)}`);
      return () => false;
    }
  }

  /** Every file of every source, each once (a folder may be named twice), at most LIMITS.userRoleFiles. */
  private async listAll(): Promise<vscode.Uri[]> {
    const lists = await Promise.all(this.sources.map((s) => s.list()));
    const seen = new Map<string, vscode.Uri>();
    for (const list of lists) for (const uri of list) if (!seen.has(uri.toString())) seen.set(uri.toString(), uri);
    const all = [...seen.values()].sort((a, b) => a.toString().localeCompare(b.toString()));
    if (all.length > LIMITS.userRoleFiles) {
      log().warn(`${all.length} role files found; only the first ${LIMITS.userRoleFiles} are read.`);
      all.length = LIMITS.userRoleFiles;
    }
    return all;
  }

  /** Sets a file's diagnostics in the Problems panel unless they are what it already shows. */
  private publish(uri: vscode.Uri, text: string, problems: readonly RoleProblem[]): void {
    const key = uri.toString();
    const diagnostics = diagnosticsOf(text, problems);
    const seen = JSON.stringify(diagnostics.map((d) => [d.range, d.message, d.severity]));
    if (this.published.get(key) === seen) return;
    this.published.set(key, seen);
    this.diagnostics.set(uri, diagnostics);
  }

  /**
   * One file, measured before it is read. A file read before that the
   * watcher has not named since comes from the cache without a round trip.
   */
  private async read(uri: vscode.Uri, changed: boolean): Promise<ParsedUserFile> {
    const known = this.cache.get(uri.toString());
    if (known && !changed) return known.parsed;
    const name = roleFileName(uri);
    const { parseUserFile } = core();
    const fail = (message: string): ParsedUserFile => ({
      file: name,
      text: '',
      roles: [],
      indexOf: new Map(),
      problems: [{ file: name, message }],
    });
    const refuse = (what: string): ParsedUserFile => {
      log().warn(`${name}: ${what}; role files must be regular files, so it was not opened.`);
      return fail(`${what}; role files must be regular files, so it was not opened — replace it with a regular .json file`);
    };
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.type & vscode.FileType.SymbolicLink) return refuse('a symbolic link');
      // Opening a named pipe waits for a writer, forever: only a regular file is ever opened.
      if (stat.type !== vscode.FileType.File) return refuse('not a regular file (a named pipe, socket or device)');
      if (stat.size > LIMITS.roleFileBytes)
        return fail(`${megabytes(stat.size)}, at most ${megabytes(LIMITS.roleFileBytes)}: the file was not read`);
      const cached = this.cache.get(uri.toString());
      if (cached && cached.mtime === stat.mtime && cached.size === stat.size) return cached.parsed;
      const parsed = parseUserFile(name, await vscode.workspace.fs.readFile(uri));
      this.cache.set(uri.toString(), { mtime: stat.mtime, size: stat.size, parsed });
      return parsed;
    } catch (err) {
      this.cache.delete(uri.toString());
      return fail(`could not be read: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** An open role file changed: check its text after a quiet time, against the other files as last read. */
  private typed(doc: vscode.TextDocument): void {
    if (!this.isRoleFile(doc.uri)) return;
    const key = doc.uri.toString();
    clearTimeout(this.typing.get(key));
    this.typing.set(
      key,
      setTimeout(() => {
        this.typing.delete(key);
        this.checkOpen(doc).catch((err: unknown) => log().error(`Could not check ${roleFileName(doc.uri)}: ${String(err)}`));
      }, TYPING_DEBOUNCE_MS),
    );
  }

  private async checkOpen(doc: vscode.TextDocument): Promise<void> {
    if (doc.isClosed) return;
    const name = roleFileName(doc.uri);
    const text = doc.getText();
    if (text.length > LIMITS.roleFileBytes) return;
    const { combineUserFiles, parseUserFile } = core();
    const own = parseUserFile(name, text);
    // The same order as a load, with this file's text as typed.
    const files: ParsedUserFile[] = [];
    for (const [other, uri] of this.files) {
      const parsed = other === name ? own : this.cache.get(uri.toString())?.parsed;
      if (parsed) files.push(parsed);
    }
    if (!this.files.has(name)) files.push(own);
    const isTaken = own.roles.length > 0 ? await this.takenIds() : () => false;
    const combined = combineUserFiles(files, isTaken);
    // Typed text is not the disk's: what a load publishes next must be set again.
    this.published.delete(doc.uri.toString());
    this.diagnostics.set(doc.uri, diagnosticsOf(text, combined.problems.get(name) ?? []));
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const t of this.typing.values()) clearTimeout(t);
    for (const d of [...this.watchers, ...this.subscriptions]) d.dispose();
    this.diagnostics.dispose();
    this.loaded.dispose();
  }
}
