// Everything the extension host needs from the pure modules (model,
// comparison, protocol validation, import, search), as one bundle:
// dist/core.js. It brings zod, whose set-up is most of a cold load, so the
// host loads it on first use (src/host/core.ts), never at activation.
export { buildComparison, comparisonTitle, pickerOptions } from './compare/buildComparison';
export { buildProseFile, PROSE_FILES, ProseFileSchema, withProse } from './import/onetProse';
export { buildCatalog, describeProblem } from './model/loadRoles';
export { parseFromWebview, parseWebviewState } from './protocol/messages';
export { buildSearchIndex, searchRoles } from './search/roleSearch';
export { readZipEntries } from './import/onetZip';
