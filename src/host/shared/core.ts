// Loads dist/core.js (model, comparison, validation, import, search — and
// zod) the first time the host needs it, so activation stays light.
import type * as Core from '../../core';

let loaded: typeof Core | undefined;

export function core(): typeof Core {
  // A plain require of the sibling bundle; esbuild leaves it external (see esbuild.mjs).
  loaded ??= require('./core.js') as typeof Core;
  return loaded;
}
