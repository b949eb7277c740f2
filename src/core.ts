// Everything the extension host needs from the pure modules (model,
// comparison, protocol validation, import, search), as one bundle:
// dist/core.js. It brings zod, whose set-up is most of a cold load, so the
// host loads it on first use (src/host/core.ts), never at activation.
export { buildComparison, comparisonTitle, pickerOptions } from './compare/buildComparison';
export { nodeFileSource } from './import/nodeFiles';
export { decodeImportText, readImportFile, tooLarge as importFileTooLarge } from './import/safeRead';
export { buildProseFile, PROSE_FILES, ProseFileSchema, withProse } from './import/onetProse';
export { assembleCatalog } from './model/catalog';
export { parseCatalogFile, parseDetailFile } from './model/generatedCatalog';
export { buildCatalog, describeProblem, listRoleFiles } from './model/loadRoles';
export { parseFromWebview, parseWebviewState } from './protocol/messages';
export { parseSearchIndex } from './search/indexFile';
export { searchParts } from './search/multiSearch';
export { buildSearchIndex, searchRoles } from './search/roleSearch';
export { readZipEntries } from './import/onetZip';
export { parseProfilesFile } from './model/profiles';
export { buildSimilarityIndex } from './compare/similarity';
export { buildMoveView, moveTitle } from './compare/moveView';
export { withMoves } from './compare/moves';
export { combineUserFiles, parseUserFile, withUserRoles } from './model/userRoles';
export { locateProblems, positionAt } from './model/roleFileLocations';
export { scaffoldRoleFile } from './model/scaffoldRole';
export { hoverFacts, hoverSourceLine } from './compare/hoverFacts';
export { phraseEntries } from './search/phraseEntries';
export { buildPhraseMatcher, phraseAt } from './search/phrases';
