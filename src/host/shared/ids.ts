// The context keys the extension sets (with `setContext`) and package.json's
// `when` clauses read: one name each (a unit test holds them against the
// manifest). No `vscode` import, so Node tests read it.
export const CONTEXT_KEYS = {
  /** The comparison panel is the active editor. */
  comparisonActive: 'careerCompare.comparisonActive',
  /** How many columns the active comparison shows (0 when none is active): Swap Sides and Remove Role key on it. */
  comparisonColumns: 'careerCompare.comparisonColumns',
  /** A filter is in force in the Roles view: Clear Filter shows in its title bar. */
  rolesFiltered: 'careerCompare.rolesFiltered',
  /** The catalog cannot load (or loads no role): the Roles view's welcome content offers the log. */
  rolesUnavailable: 'careerCompare.rolesUnavailable',
  /** Imported O*NET data exists: "Remove Imported O*NET Data" shows. */
  onetImported: 'careerCompare.onetImported',
} as const;

/** The ids of the views and webview panels package.json contributes. */
export const VIEWS = {
  /** The Roles tree in the Career Compare side bar. */
  roles: 'careerCompare.roles',
  /** The comparison webview panel (also a role's page). */
  comparisonPanel: 'careerCompare.comparison',
  /** The "From A to B" skill gap webview panel. */
  movePanel: 'careerCompare.move',
} as const;
