// The context keys the extension sets (with `setContext`) and package.json's
// `when` clauses read: one name each (a unit test holds them against the
// manifest). No `vscode` import, so Node tests read it.
export const CONTEXT_KEYS = {
  /** The comparison panel is the active editor. */
  comparisonActive: 'careerCompare.comparisonActive',
  /** How many columns the active comparison shows (0 when none is active): Swap Sides and Remove Role key on it. */
  comparisonColumns: 'careerCompare.comparisonColumns',
  /** A filter is in force in the Roles view: Clear Filter shows in its "…" menu and the palette. */
  rolesFiltered: 'careerCompare.rolesFiltered',
  /** The Roles view groups by category: its "…" menu offers the other arrangement. */
  rolesGrouped: 'careerCompare.rolesGrouped',
  /** Recent Comparisons holds something: Clear Recent Comparisons shows in the palette. */
  hasRecents: 'careerCompare.hasRecents',
  /** The user has set their pay (Clear Your Pay shows in the palette). */
  hasYourPay: 'careerCompare.hasYourPay',
  /** The catalog cannot load (or loads no role): the Roles view's welcome content offers the log. */
  rolesUnavailable: 'careerCompare.rolesUnavailable',
  /** Imported O*NET data exists: "Remove Imported O*NET Data" shows. */
  onetImported: 'careerCompare.onetImported',
  /** Imported BLS metropolitan area data exists: "Remove OEWS Metropolitan Area Data" shows. */
  metrosImported: 'careerCompare.metrosImported',
} as const;

/** The ids of the views and webview panels package.json contributes. */
export const VIEWS = {
  /** The Roles tree in the Career Compare side bar. */
  roles: 'careerCompare.roles',
  /** The comparison webview panel (also a role's page). */
  comparisonPanel: 'careerCompare.comparison',
  /** The "From A to B" skill gap webview panel. */
  movePanel: 'careerCompare.move',
  /** The career paths webview panel: "Paths from A to B" and "Moves from A". */
  pathPanel: 'careerCompare.paths',
} as const;

/**
 * The panels' tab icon, one per theme kind (paths in the extension): VS Code's
 * own icon foregrounds, dark grey on light themes and light grey on dark ones.
 */
export const PANEL_ICON = { light: 'media/compare-light.svg', dark: 'media/compare-dark.svg' } as const;
