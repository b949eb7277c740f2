// The official roles' whole skill and knowledge profiles
// (data/generated/profiles.json) and the similarity index built from them,
// loaded once on first use: by a role page, a comparison or a skill gap,
// never at activation. A missing or damaged file is logged once per attempt;
// the pages then show what the role files alone allow.
import * as vscode from 'vscode';
import type { SimilarityIndex } from '../../compare/similarity';
import { GENERATED_FOLDER, PROFILES_FILE } from '../../model/dataFolders';
import type { ProfileSet } from '../../model/profiles';
import { core } from '../shared/core';
import { log } from '../shared/log';

export interface LoadedProfiles {
  profiles: ProfileSet;
  index: SimilarityIndex;
}

export class ProfileStore {
  private loading: Promise<LoadedProfiles | undefined> | undefined;
  /** How long the last load took (read, validation, index), in ms; the benchmark reports it. */
  loadMs: number | undefined;

  constructor(private readonly dataRoot: vscode.Uri) {}

  /** The profiles and their index, or undefined when the file cannot be read (the log says why). */
  get(): Promise<LoadedProfiles | undefined> {
    this.loading ??= this.load().then((loaded) => {
      if (!loaded) this.loading = undefined; // try again next time
      return loaded;
    });
    return this.loading;
  }

  private async load(): Promise<LoadedProfiles | undefined> {
    const started = performance.now();
    const file = `data/${GENERATED_FOLDER}/${PROFILES_FILE}`;
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(
        await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.dataRoot, GENERATED_FOLDER, PROFILES_FILE)),
      );
    } catch (err) {
      log().error(`${file} cannot be read, so similar roles and skill gaps of official roles are not shown: ${String(err)}`);
      return undefined;
    }
    const { parseProfilesFile, buildSimilarityIndex } = core();
    const parsed = parseProfilesFile(file, text);
    if (!parsed.ok) {
      log().error(`${parsed.error}; similar roles and skill gaps of official roles are not shown.`);
      return undefined;
    }
    const loaded = { profiles: parsed.profiles, index: buildSimilarityIndex(parsed.profiles) };
    this.loadMs = performance.now() - started;
    return loaded;
  }
}
