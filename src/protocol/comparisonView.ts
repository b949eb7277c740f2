// The comparison as the webview draws it: already formatted text plus the
// numbers bars need. The host computes it (pure code in src/compare); the
// webview only renders, so every figure is tested in Node.
// zod/mini: the webview bundle carries these schemas, and mini is a fifth of classic zod's weight.
import * as z from 'zod/mini';
import { MAP_GRID, MAP_LEVELS, MAX_ROLES } from '../limits';
import { ReachSectionSchema, RoutesSectionSchema } from './pathSections';
import { RoleRefSchema } from './roleRef';
import { sectionBase } from './sectionBase';

export { RoleRefSchema, type RoleRef } from './roleRef';

const nonNegative = () => z.number().check(z.nonnegative());

export const BarSchema = z.strictObject({
  /** What the bar stands for, e.g. "Active Listening" or "Women". */
  label: z.string(),
  /** The figure drawn; `max` is the scale's end (the bar is value/max wide). */
  value: nonNegative(),
  /** The end of the bar's scale, e.g. 5 for O*NET importance or 100 for a share. */
  max: z.number().check(z.positive()),
  /** The number as printed on the bar, e.g. "83.7%". */
  text: z.string(),
  /**
   * What a screen reader says for the bar, its scale included:
   * "Active Listening: importance 4.12 of 5", "Women: 87.9% of workers".
   */
  spoken: z.string(),
});
export type Bar = z.infer<typeof BarSchema>;

/** One cell of a table: `text: null` is "no data" and renders as a labelled dash. */
export const CellSchema = z.strictObject({
  /** The figure as printed, e.g. "$98,430"; null is "no data". */
  text: z.nullable(z.string()),
  /** Shares drawn as bars inside the cell (e.g. a demographic split); `text` says the same in words. */
  bars: z.optional(z.array(BarSchema)),
  /** What the figure is and where it is from, shown on hover. */
  note: z.optional(z.string()),
  /** What a screen reader says instead of `text` when the text alone reads badly (a range: "from $66,030 to $120,000"). */
  spoken: z.optional(z.string()),
  /** A visible line under the figure saying what it belongs to (e.g. a Census group, another source's figure). */
  caption: z.optional(z.string()),
  /** Names shown one per line (e.g. related fields of study); `text` says the same in one line. */
  items: z.optional(z.array(z.string())),
  /**
   * Set when this cell holds its row's best value across the roles: the
   * mark's words ("Highest pay", "Shortest preparation"), shown after a ★ and
   * read with the figure. Every column tied at the best carries it; a row
   * where fewer than two roles have the figure, or all are equal, has none
   * (rules in src/compare/differences).
   */
  best: z.optional(z.string()),
  /**
   * The same figure for the whole country, shown beside a state's figure when
   * the user has chosen a state: "United States: $98,430" (or "United States: no data").
   */
  beside: z.optional(z.string()),
});
export type Cell = z.infer<typeof CellSchema>;

export const RowSchema = z.strictObject({
  /** What the row shows, e.g. "Yearly salary". */
  label: z.string(),
  /** One cell per role, in column order. */
  cells: z.array(CellSchema),
  /** Why a cell of this row reads "no data" (e.g. "BLS does not publish pay by employer"), shown as a footnote. */
  why: z.optional(z.string()),
});
export type Row = z.infer<typeof RowSchema>;

export const TableSectionSchema = z.strictObject({
  ...sectionBase,
  /** A table: a row per figure, a column per role. */
  kind: z.literal('table'),
  /** The rows, top to bottom. */
  rows: z.array(RowSchema),
});

export const TextSectionSchema = z.strictObject({
  ...sectionBase,
  /** A text block per role (descriptions). */
  kind: z.literal('text'),
  /** One block per role; `text: null` when the role has no description. */
  blocks: z.array(z.strictObject({ heading: z.string(), text: z.nullable(z.string()) })),
});

export const ListSectionSchema = z.strictObject({
  ...sectionBase,
  /** A list per role (responsibilities, technologies). */
  kind: z.literal('list'),
  /** One list per role, in column order. */
  lists: z.array(
    z.strictObject({
      /** The role's title. */
      heading: z.string(),
      /** The entries, most important first. */
      items: z.array(z.string()),
      /** How many show before "Show more". */
      initiallyShown: z.int().check(z.positive()),
      /** Marks shown as text after an item, by the item's index (e.g. "Hot Technology"); items without marks are left out. */
      tags: z.optional(z.array(z.strictObject({ item: z.int().check(z.nonnegative()), tags: z.array(z.string()) }))),
    }),
  ),
});

export const BarsSectionSchema = z.strictObject({
  ...sectionBase,
  /** Labelled bars per role (the skills that matter, each with its share or importance). */
  kind: z.literal('bars'),
  /** One group per role, in column order. */
  groups: z.array(
    z.strictObject({
      /** The role's title. */
      heading: z.string(),
      /** What the bars measure, e.g. "Share of job postings". */
      measure: z.string(),
      /** The bars, largest first; empty when the role has none. */
      bars: z.array(BarSchema),
    }),
  ),
});

/** A position on a range chart's shared scale, in percent of its width (0 = left end, 100 = right end). */
const position = () => z.number().check(z.minimum(0), z.maximum(100));

/** One marked value on a range chart, e.g. the median. */
export const RangePointSchema = z.strictObject({
  /** Which percentile: "p10", "p25", "median", "p75" or "p90". */
  key: z.enum(['p10', 'p25', 'median', 'p75', 'p90']),
  /** What the value is, e.g. "10th percentile". */
  label: z.string(),
  /** The value as printed, e.g. "$66,030" or "≥ $239,200". */
  text: z.string(),
  /** Where it sits on the shared scale. */
  at: position(),
  /** True when the publisher top-codes the value: the true value is at least this, so the end is drawn open. */
  open: z.boolean(),
  /** Set when this is the highest value of its percentile across the roles (ties all): the mark's words, e.g. "Highest". */
  best: z.optional(z.string()),
});
export type RangePoint = z.infer<typeof RangePointSchema>;

/** Where the user's pay sits on a range row. */
export const YourPaySchema = z.strictObject({
  /** Where the mark sits on the shared scale. */
  at: position(),
  /** The amount as printed on the mark: "$85,000". */
  text: z.string(),
  /** Where it falls, as a sentence: "$85,000 is about the 40th percentile of Registered Nurses in Texas." */
  says: z.string(),
});
export type YourPay = z.infer<typeof YourPaySchema>;

/** Ranges (e.g. wage percentiles) of every role on one shared scale, computed in the pure core. */
export const RangeSectionSchema = z.strictObject({
  ...sectionBase,
  /** Ranges drawn on one shared scale (wage percentiles). */
  kind: z.literal('range'),
  /** What the scale measures, e.g. "Annual wage". */
  measure: z.string(),
  /** Marks along the shared scale, left to right. */
  ticks: z.array(z.strictObject({ at: position(), text: z.string() })),
  /** One row per role, in column order. */
  rows: z.array(
    z.strictObject({
      /** The role's title. */
      heading: z.string(),
      /** The whole range in one sentence, the chart's text alternative; "no data" when the role has none. */
      summary: z.string(),
      /** Lowest first; empty when the role has no figures. */
      points: z.array(RangePointSchema),
      /**
       * The user's own pay on this row's scale ("Set Your Pay…"): never in an
       * export or a log; only the panel that draws it receives it.
       */
      yourPay: z.optional(YourPaySchema),
      /**
       * The same percentiles for the whole country, drawn under a state's on
       * the same scale when the user has chosen a state.
       */
      beside: z.optional(
        z.strictObject({
          /** Whose figures: "United States". */
          label: z.string(),
          /** The national range in one sentence; "no data" when there is none. */
          summary: z.string(),
          /** Lowest first; empty when there are no national figures. */
          points: z.array(RangePointSchema),
        }),
      ),
    }),
  ),
});

/** Roles linked from each shown role (e.g. related occupations), each one openable and comparable. */
export const LinksSectionSchema = z.strictObject({
  ...sectionBase,
  /** Lists of linked roles (related, similar, better-paid). */
  kind: z.literal('links'),
  /** One list per shown role (or per kind of link), in page order. */
  groups: z.array(
    z.strictObject({
      /** What the list is, e.g. "Most similar to Registered Nurses". */
      heading: z.string(),
      /** Only roles that exist in the catalog, in the source's order. */
      roles: z.array(
        z.strictObject({
          /** The linked role's id (its page opens from the link). */
          id: z.string(),
          /** The linked role's title, the link's text. */
          title: z.string(),
          /** A line under the link, e.g. "similarity 0.89 · $94,480 a year, +$8,200 · growth 5%, +1.2 points". */
          detail: z.optional(z.string()),
        }),
      ),
    }),
  ),
});

/** One role's value in a paired bar: drawn value/max wide, printed as `text`. */
const GapValueSchema = z.strictObject({ value: nonNegative(), text: z.string() });

/**
 * A skill gap drawn as paired bars: for each element, the value of the role
 * moved from and of the role moved to, on one scale, with the gap as text.
 */
export const GapSectionSchema = z.strictObject({
  ...sectionBase,
  /** A skill gap drawn as paired bars. */
  kind: z.literal('gap'),
  /** The title of the role the move starts from (the first bar of each pair). */
  from: z.string(),
  /** The title of the role moved to (the second bar). */
  to: z.string(),
  /** What the bars measure, e.g. "O*NET importance (1–5)". */
  measure: z.string(),
  /** The scale's end: each bar is value/max wide. */
  max: z.number().check(z.positive()),
  /** One row per skill or knowledge area, largest gap first. */
  rows: z.array(
    z.strictObject({
      /** The skill or knowledge area. */
      label: z.string(),
      /** The role moved from: its value on the scale. */
      from: GapValueSchema,
      /** The role moved to: its value on the scale. */
      to: GapValueSchema,
      /** The gap as printed, e.g. "+1.25" or "shared". */
      gap: z.string(),
      /** O*NET levels where the data has them, e.g. "level 3.9 → 5.1 of 7". */
      level: z.optional(z.string()),
      /** What a screen reader says for the pair, both values, scale and gap included. */
      spoken: z.string(),
    }),
  ),
  /** What the section says when it has no rows (e.g. why the two roles cannot be compared). */
  empty: z.string(),
});

/** Moves between the shown roles ("From A to B"), each opening that skill gap; `from`/`to` are column indices. */
export const MovesSectionSchema = z.strictObject({
  ...sectionBase,
  /** "From A to B" buttons between the shown roles. */
  kind: z.literal('moves'),
  /** One per direction between the shown roles. */
  moves: z.array(
    z.strictObject({
      /** The column of the role moved from. */
      from: z.int().check(z.minimum(0), z.maximum(MAX_ROLES - 1)),
      /** The column of the role moved to. */
      to: z.int().check(z.minimum(0), z.maximum(MAX_ROLES - 1)),
      /** The button's text: "From Registered Nurses to Electricians". */
      label: z.string(),
      /** One line on what the move takes and brings, beside the button. */
      summary: z.string(),
    }),
  ),
});

/** One state (or DC) on the map of pay by state: an equal tile in its rough place. */
export const TileSchema = z.strictObject({
  /** The USPS code printed on the tile: "TX". */
  code: z.string(),
  /** The area as BLS names it: "Texas". */
  name: z.string(),
  /** The tile's row on the grid, from the top. */
  row: z.int().check(z.minimum(0), z.maximum(MAP_GRID.rows - 1)),
  /** The tile's column on the grid, from the left. */
  column: z.int().check(z.minimum(0), z.maximum(MAP_GRID.columns - 1)),
  /** The step of the shared colour scale (0 lowest); absent when no yearly wage is published: drawn as "no wage". */
  level: z.optional(z.int().check(z.minimum(0), z.maximum(MAP_LEVELS - 1))),
  /** The yearly mean wage in dollars, for sorting the table; absent when not published. */
  yearly: z.optional(nonNegative()),
  /** The yearly mean as printed: "$91,690"; absent when not published. */
  yearlyText: z.optional(z.string()),
  /** Jobs in the area, for sorting the table; absent when not published. */
  jobs: z.optional(nonNegative()),
  /** Jobs as printed: "261,050". */
  jobsText: z.optional(z.string()),
  /** The tile's accessible name, everything it shows: "Texas: $91,690 a year, 261,050 jobs". */
  label: z.string(),
});
export type Tile = z.infer<typeof TileSchema>;

/** Pay by state for each role, as a tile map on one shared colour scale, with a table of the same figures. */
export const StateMapSectionSchema = z.strictObject({
  ...sectionBase,
  /** A tile map of the US per role. */
  kind: z.literal('stateMap'),
  /** One entry per colour step, lowest first: "$40,000 – $55,000". */
  legend: z.array(z.string()).check(z.maxLength(MAP_LEVELS)),
  /** The user's chosen state ("TX"), outlined on every map; absent when figures are national. */
  chosen: z.optional(z.string()),
  /** One map per role, in column order. */
  maps: z.array(
    z.strictObject({
      /** The role's title. */
      heading: z.string(),
      /** Every state and DC, in the areas' order (alphabetical by name). */
      tiles: z.array(TileSchema),
      /** The states without a published yearly wage, by name, said under the map; empty when all have one. */
      withoutWage: z.array(z.string()),
    }),
  ),
});

/** Every kind of section, told apart by `kind`. */
export const SectionSchema = z.discriminatedUnion('kind', [
  TableSectionSchema,
  TextSectionSchema,
  ListSectionSchema,
  BarsSectionSchema,
  RangeSectionSchema,
  LinksSectionSchema,
  GapSectionSchema,
  MovesSectionSchema,
  StateMapSectionSchema,
  RoutesSectionSchema,
  ReachSectionSchema,
]);
export type Section = z.infer<typeof SectionSchema>;

/** A comparison of 1 to MAX_ROLES roles (or a skill gap of two), as the webview draws it. */
export const ComparisonViewSchema = z.strictObject({
  /** The page's title: "Registered Nurses vs Electricians". */
  title: z.string(),
  /** The roles shown, in column order. */
  roles: z.array(RoleRefSchema).check(z.minLength(1), z.maxLength(MAX_ROLES)),
  /** The sentences under the title that sum the comparison up; empty on a role page. */
  headline: z.array(z.string()),
  /** What the page's polite live region says when this view appears: "Now comparing Registered Nurses and Electricians". */
  announcement: z.string(),
  /** The sections, top to bottom. */
  sections: z.array(SectionSchema),
});
export type ComparisonView = z.infer<typeof ComparisonViewSchema>;
