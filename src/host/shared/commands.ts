// Every command id the extension registers, in one place: package.json's
// commands, menus and keybindings name the same ids (a unit test holds the
// two against each other, both ways). No `vscode` import, so Node tests read it.
export const COMMANDS = {
  compareRoles: 'careerCompare.compareRoles',
  compareWith: 'careerCompare.compareWith',
  openRole: 'careerCompare.openRole',
  searchRoles: 'careerCompare.searchRoles',
  refresh: 'careerCompare.refresh',
  swapSides: 'careerCompare.swapSides',
  showLog: 'careerCompare.showLog',
  importOnet: 'careerCompare.importOnet',
  removeOnet: 'careerCompare.removeOnet',
  downloadOnet: 'careerCompare.downloadOnet',
  addRole: 'careerCompare.addRole',
  removeRole: 'careerCompare.removeRole',
  copyComparison: 'careerCompare.copyComparison',
  saveComparisonAs: 'careerCompare.saveComparisonAs',
  insertComparison: 'careerCompare.insertComparison',
  planMove: 'careerCompare.planMove',
  newRoleFile: 'careerCompare.newRoleFile',
  sortRoles: 'careerCompare.sortRoles',
  filterRoles: 'careerCompare.filterRoles',
  clearRoleFilter: 'careerCompare.clearRoleFilter',
  starRole: 'careerCompare.starRole',
  unstarRole: 'careerCompare.unstarRole',
  toggleFavourite: 'careerCompare.toggleFavourite',
  clearRecents: 'careerCompare.clearRecentComparisons',
} as const;
