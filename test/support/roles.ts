// Loads the project's bundled role files from disk, as the extension does.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalog, type Catalog } from '../../src/model/loadRoles';

export const ROOT = join(__dirname, '..', '..', '..');

export function loadBundledCatalog(): Catalog {
  const dir = join(ROOT, 'data', 'roles');
  const files = readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => ({ file: `data/roles/${n}`, text: readFileSync(join(dir, n), 'utf8') }));
  return buildCatalog(files);
}
