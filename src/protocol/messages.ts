// Every message between the extension host and a panel's webview.
// Imported by both bundles; each end validates what it receives and drops
// (and logs) anything that does not match, so a bad message never reaches the UI.
import * as z from 'zod/mini';
import { OFFICIAL_SITES } from '../links/officialPages';
import { EXPLORE_FILTERS, MAX_ROLES } from '../limits';
import { oneLine, quote } from '../util/safeText';
import { PageSchema, RoleIdSchema } from './page';

const RoleIds = z.array(RoleIdSchema()).check(z.minLength(1), z.maxLength(MAX_ROLES));
/** A column of the shown comparison, 0 = the leftmost. */
const Column = () => z.int().check(z.minimum(0), z.maximum(MAX_ROLES - 1));

/** Host → webview. */
export const ToWebviewSchema = z.discriminatedUnion('type', [
  /** The whole page, drawn whole: it replaces whatever the webview showed. */
  z.strictObject({ type: z.literal('show'), page: PageSchema }),
  /** The panel has no page to show, and why (e.g. a comparison that could not be restored). */
  z.strictObject({ type: z.literal('error'), message: z.string() }),
]);
export type ToWebview = z.infer<typeof ToWebviewSchema>;

/** Webview → host. */
export const FromWebviewSchema = z.discriminatedUnion('type', [
  /** Sent once the webview's script runs; the host posts nothing before it. */
  z.strictObject({
    type: z.literal('ready'),
    /** True when the webview drew the page its HTML carried (the panel's first view): the host need not post it again. */
    painted: z.optional(z.boolean()),
  }),
  /**
   * A column's picker chose another role: the host puts `roleId` in `column`
   * (a role another column shows trades places with it; rules in src/compare/selection).
   */
  z.strictObject({ type: z.literal('replace'), column: Column(), roleId: RoleIdSchema() }),
  /** A column header's remove button: the host drops `column` (never the last one). */
  z.strictObject({ type: z.literal('remove'), column: Column() }),
  /**
   * "Add role…": the host adds a role as the last column (up to MAX_ROLES).
   * Without `roleId` it asks with its picker; with one (a related or similar
   * role's Add button) it adds that role, if its catalog has it.
   */
  z.strictObject({ type: z.literal('add'), roleId: z.optional(RoleIdSchema()) }),
  /** Swap sides (two roles only). */
  z.strictObject({ type: z.literal('swap') }),
  /** "Search all roles…" in a column's picker: the host opens its role search for that column. */
  z.strictObject({ type: z.literal('search'), column: Column() }),
  /** A related role's link: the host shows that role's page (only roles in its catalog). */
  z.strictObject({ type: z.literal('openRole'), roleId: RoleIdSchema() }),
  /** "Compare with…" beside a related role: the host asks which role to compare it with. */
  z.strictObject({ type: z.literal('compareWith'), roleId: RoleIdSchema() }),
  /** "From A to B" in a moves section: the host opens the skill gap from column `from`'s role to column `to`'s. */
  z.strictObject({
    type: z.literal('planMove'),
    /** The column of the role to move from. */
    from: Column(),
    /** The column of the role to move to. */
    to: Column(),
  }),
  /** A comparison was painted: which roles, and ms from the `show` message's arrival to paint. */
  z.strictObject({
    type: z.literal('rendered'),
    /** The roles of the painted page, in column order. */
    roleIds: RoleIds,
    /** Ms from the `show` message's arrival to paint. */
    paintMs: z.number().check(z.nonnegative()),
    /** Ms the map of pay by state took to draw, when the page has one (the benchmark reports it). */
    mapMs: z.optional(z.number().check(z.nonnegative())),
  }),
  /**
   * The user clicked "Download O*NET descriptions" in a section whose `action`
   * offers it: the host runs "Download O*NET Descriptions" and repaints.
   */
  z.strictObject({ type: z.literal('downloadDescriptions') }),
  /** A role's official page link: the host builds that site's address from the role's SOC code and opens it. */
  z.strictObject({ type: z.literal('openOfficialPage'), roleId: RoleIdSchema(), site: z.enum(OFFICIAL_SITES) }),
  /** A column's star button: the host stars or unstars that role (Favourites in the Roles view). */
  z.strictObject({ type: z.literal('toggleFavourite'), roleId: RoleIdSchema() }),
  /** A step of a career path: the host opens "Plan a Move" from `from` to `to` (both must be in its catalog). */
  z.strictObject({
    type: z.literal('planStep'),
    /** The role the step starts from. */
    from: RoleIdSchema(),
    /** The role the step reaches. */
    to: RoleIdSchema(),
  }),
  /** "Add to comparison" beside a role on a path page: the host adds it to the open comparison, or opens one with it. */
  z.strictObject({ type: z.literal('addToComparison'), roleId: RoleIdSchema() }),
  /** One of Explore's filters was turned on or off: the host keeps the choice and draws the page again. */
  z.strictObject({ type: z.literal('setExploreFilter'), filter: z.enum(EXPLORE_FILTERS), on: z.boolean() }),
  /** The header's pay place button: the host asks which state's figures to show (Set Your State…). */
  z.strictObject({ type: z.literal('chooseState') }),
  /** Something went wrong inside the webview (a dropped message, a script error). */
  z.strictObject({ type: z.literal('problem'), message: z.string() }),
]);
export type FromWebview = z.infer<typeof FromWebviewSchema>;

/** What the user asked for: every message from the webview but its own reports (ready, rendered, problem). */
export type Intent = Exclude<FromWebview, { type: 'ready' | 'rendered' | 'problem' }>;

/** The most "Show more" lists a saved page state remembers (a page has a handful). */
export const MAX_EXPANDED_LISTS = 64;
/** The deepest scroll position a saved page state accepts, in CSS pixels. */
export const MAX_SCROLL_Y = 10_000_000;

/** The state the webview keeps with `setState`, so a reloaded window restores the same comparison. */
export const WebviewStateSchema = z.strictObject({
  /** The roles the page showed, in column order: the host shows them again. */
  roleIds: RoleIds,
  /** How far the page was scrolled, in CSS pixels: restored after a tab switch or a reload. */
  scrollY: z.optional(z.number().check(z.nonnegative(), z.maximum(MAX_SCROLL_Y))),
  /** The ids of the lists whose "Show more" was open, restored with the scroll position. */
  expanded: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(MAX_EXPANDED_LISTS))),
  /** How the map of pay by state is shown (the user's choice, kept across redraws and reloads); absent: as maps, by state name. */
  stateMap: z.optional(
    z.strictObject({
      /** The table of the same figures instead of the maps. */
      table: z.boolean(),
      /** The table's sort column: the state's name, or a role's (by column) yearly mean or jobs. */
      sort: z.string().check(z.regex(new RegExp(`^(?:state|(?:yearly|jobs)-[0-${MAX_ROLES - 1}])$`))),
      descending: z.boolean(),
    }),
  ),
});
export type WebviewState = z.infer<typeof WebviewStateSchema>;

export type Parsed<T> = { ok: true; message: T } | { ok: false; error: string };

/** The message's `type` for an error text: never calls into the data (no toString, no getters that run code). */
function typeOf(data: unknown): string {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return '?';
  const descriptor = Object.getOwnPropertyDescriptor(data, 'type');
  const type: unknown = descriptor && 'value' in descriptor ? descriptor.value : undefined;
  return typeof type === 'string' ? quote(type) : `(${typeof type})`;
}

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((i) => `${i.path.map((k) => (typeof k === 'symbol' ? '(symbol)' : String(k))).join('.') || '(message)'}: ${i.message}`)
    .join('; ');
}

/**
 * Validates without ever throwing, whatever `data` is: hostile toString,
 * getters or proxies that throw, cycles, deep nesting all come back as errors.
 */
function parseWith<T>(schema: z.ZodMiniType<T>, data: unknown): Parsed<T> {
  try {
    const result = schema.safeParse(data);
    if (result.success) return { ok: true, message: result.data };
    return { ok: false, error: oneLine(`invalid message (type ${typeOf(data)}): ${describeIssues(result.error.issues)}`) };
  } catch (err) {
    let reason = 'unreadable';
    try {
      reason = err instanceof Error ? err.name : typeof err;
    } catch {
      // Even the error may be hostile.
    }
    return { ok: false, error: `invalid message: it could not be read (${oneLine(reason, 100)})` };
  }
}

export const parseToWebview = (data: unknown): Parsed<ToWebview> => parseWith(ToWebviewSchema, data);
export const parseFromWebview = (data: unknown): Parsed<FromWebview> => parseWith(FromWebviewSchema, data);
export const parseWebviewState = (data: unknown): Parsed<WebviewState> => parseWith(WebviewStateSchema, data);
