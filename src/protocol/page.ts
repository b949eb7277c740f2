// The whole page a panel shows, built in the host and drawn whole by the
// webview: the comparison, each column's picker, which column controls the
// page offers, the favourite stars and the official links. The host works
// every rule out (src/compare/page.ts); the webview computes none. A change —
// a star, a column, new data — sends a new page: nothing is patched after it
// is drawn.
import * as z from 'zod/mini';
import { OFFICIAL_SITES } from '../links/officialPages';
import { MAX_ROLES } from '../limits';
import { ComparisonViewSchema, RoleRefSchema } from './comparisonView';

/** A role's id as it crosses the bridge. */
export const RoleIdSchema = () => z.string().check(z.minLength(1));

/** The column controls the page shows, as the column rules allow them for the roles shown. */
export const ColumnControlsSchema = z.strictObject({
  /** "+ Add role…" in the header: the comparison has room for another column. */
  add: z.boolean(),
  /** A remove button on each column: two or more columns are shown. */
  remove: z.boolean(),
  /** The swap button between the first two columns: exactly two are shown. */
  swap: z.boolean(),
  /** A favourite star beside each column's picker. */
  star: z.boolean(),
});

/** A link to one of the shown roles' pages on its publisher's site; the host alone builds and checks the address. */
export const OfficialPageSchema = z.strictObject({
  /** The shown role the link belongs to. */
  roleId: RoleIdSchema(),
  /** `onet`: O*NET OnLine; `bls`: BLS's OEWS occupation profile. */
  site: z.enum(OFFICIAL_SITES),
  /** The link's text, e.g. "O*NET OnLine". */
  label: z.string(),
});
export type OfficialPage = z.infer<typeof OfficialPageSchema>;

/** One column's picker. */
export const PickerSchema = z.strictObject({
  /** The roles it lists, by title (the shown role among them); "Search all roles…" is added by the webview. */
  options: z.array(RoleRefSchema),
});
export type Picker = z.infer<typeof PickerSchema>;

export const PageSchema = z.strictObject({
  /** The comparison (or skill gap) itself: roles, headline and sections. */
  view: ComparisonViewSchema,
  /**
   * What each column's picker offers: the roles near the shown one (its
   * category) and the other columns' roles. "Search all roles…" covers the rest.
   */
  pickers: z.array(PickerSchema).check(z.maxLength(MAX_ROLES)),
  /** Which column controls to draw. */
  columns: ColumnControlsSchema,
  /** The roles of the links sections (related, similar) whose Add button may add them as a column, by their ids there. */
  addable: z.array(z.string()),
  /** Which of the shown roles are favourites: their stars are drawn filled. */
  starred: z.array(RoleIdSchema()).check(z.maxLength(MAX_ROLES)),
  /** Official pages of the shown roles, in column order; empty when no role has one. */
  officialPages: z.array(OfficialPageSchema).check(z.maxLength(MAX_ROLES * OFFICIAL_SITES.length)),
  /** Why the last change could not be shown (the page still shows what it showed), drawn above the page. */
  notice: z.optional(z.string()),
  /**
   * Whose pay and jobs the page shows, as the header's button says it:
   * "Texas" or "United States". The button asks the host to change it
   * (`chooseState`); absent on pages without state figures.
   */
  payPlace: z.optional(z.string()),
});
export type Page = z.infer<typeof PageSchema>;
