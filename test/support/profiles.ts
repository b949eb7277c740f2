// The committed skill and knowledge profiles (data/generated/profiles.json),
// read once per test run as the extension reads them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSimilarityIndex, type SimilarityIndex } from '../../src/compare/similarity';
import { parseProfilesFile, PROFILES_FILE, type ProfileSet } from '../../src/model/profiles';
import { ROOT } from './roles';

let loaded: { profiles: ProfileSet; index: SimilarityIndex } | undefined;

export function committedProfiles(): { profiles: ProfileSet; index: SimilarityIndex } {
  if (!loaded) {
    const parsed = parseProfilesFile(PROFILES_FILE, readFileSync(join(ROOT, 'data', 'generated', PROFILES_FILE), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    loaded = { profiles: parsed.profiles, index: buildSimilarityIndex(parsed.profiles) };
  }
  return loaded;
}
