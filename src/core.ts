// Everything the extension host needs from the pure modules (model,
// comparison, protocol validation, import, search), as one bundle:
// dist/core.js. It brings zod, whose set-up is most of a cold load, so the
// host loads it on first use (src/host/shared/core.ts), never at activation.
export { buildComparison, comparisonTitle, pickerOptions } from './compare/buildComparison';
export { buildPage } from './compare/page';
export { nodeFileSource } from './import/release/nodeFiles';
export {
  decodeImportText,
  notRegular as importFileNotRegular,
  readImportBytes,
  readImportFile,
  tooLarge as importFileTooLarge,
} from './import/release/safeRead';
export { buildProseFile, PROSE_FILES, ProseFileSchema, withProse } from './import/release/onetProse';
export { buildMetroFile } from './metros/metroImport';
export { MetroFileSchema, rolesWithMetros, withMetros } from './metros/metroFile';
export { assembleCatalog } from './model/catalog';
export { parseCatalogFile, parseDetailFile } from './model/generatedCatalog';
export { buildCatalog, describeProblem, listRoleFiles } from './model/loadRoles';
export { parseFromWebview, parseWebviewState } from './protocol/messages';
export { parseSearchIndex } from './search/indexFile';
export { searchParts } from './search/multiSearch';
export { buildSearchIndex, searchRoles } from './search/roleSearch';
export { readZipEntries } from './import/release/onetZip';
export { parseProfilesFile } from './model/profiles';
export { buildSimilarityIndex } from './compare/similarity';
export { buildMoveView, moveTitle } from './compare/moveView';
export { withMoves } from './compare/moves';
export { combineUserFiles, parseUserFile, withUserRoles } from './roleFiles/userRoles';
export { locateProblems, positionAt, positionsAt } from './roleFiles/roleFileLocations';
export { scaffoldRoleFile } from './roleFiles/scaffoldRole';
export { hoverFacts, hoverSourceLine } from './compare/hoverFacts';
export { roleEntries } from './search/phraseEntries';
export { parsePhraseMatcher } from './search/phraseFile';
export { buildIndexMatcher, buildPhraseMatcher, phraseAt, rolesNamedIn } from './search/phrases';
export { applyPayWhere } from './compare/payWhere';
export { localizeRole, localizeSummary } from './states/localPay';
export { parseStateFile } from './states/stateFigures';
export { parsePayInput, yearlyPay } from './states/payInput';
export { buildPathIndex, unavailableIndex } from './paths/pathIndex';
export { buildPathView, pathsTitle } from './paths/pathView';
export { buildExploreView, exploreTitle } from './paths/exploreView';
