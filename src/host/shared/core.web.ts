// The web build's core(): a web worker's `require` only knows `vscode`, so
// the core is bundled into the one web bundle. esbuild wraps a module that is
// reached by require() in a lazy initializer, so zod and the rest are still
// set up on first use, not at activation (measured in `npm run bench`).
import type * as Core from '../../core';

let loaded: typeof Core | undefined;

export function core(): typeof Core {
  loaded ??= require('../../core') as typeof Core;
  return loaded;
}
