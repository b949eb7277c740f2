// The comparison as the webview draws it: already formatted text plus the
// numbers bars need. The host computes it (pure code in src/compare); the
// webview only renders, so every figure is tested in Node.
// zod/mini: the webview bundle carries these schemas, and mini is a fifth of classic zod's weight.
import * as z from 'zod/mini';

const nonNegative = () => z.number().check(z.nonnegative());

export const BarSchema = z.strictObject({
  label: z.string(),
  /** The figure drawn; `max` is the scale's end (the bar is value/max wide). */
  value: nonNegative(),
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
  text: z.nullable(z.string()),
  bars: z.optional(z.array(BarSchema)),
  /** What the figure is and where it is from, shown on hover. */
  note: z.optional(z.string()),
  /** What a screen reader says instead of `text` when the text alone reads badly (a range: "from $66,030 to $120,000"). */
  spoken: z.optional(z.string()),
});
export type Cell = z.infer<typeof CellSchema>;

export const RowSchema = z.strictObject({ label: z.string(), cells: z.array(CellSchema) });
export type Row = z.infer<typeof RowSchema>;

const sectionBase = {
  id: z.string(),
  title: z.string(),
  /** "BLS Employment Projections, 2024–34", each source once, with the roles it covers when not all. */
  sources: z.array(z.string()),
  /** How the user can fill in what is missing (e.g. import O*NET's prose). */
  hint: z.optional(z.string()),
  /** A licence statement the section's sources require (O*NET's CC BY 4.0). */
  attribution: z.optional(z.string()),
};

export const TableSectionSchema = z.strictObject({
  ...sectionBase,
  kind: z.literal('table'),
  rows: z.array(RowSchema),
});

export const TextSectionSchema = z.strictObject({
  ...sectionBase,
  kind: z.literal('text'),
  /** One block per role; `text: null` when the role has no description. */
  blocks: z.array(z.strictObject({ heading: z.string(), text: z.nullable(z.string()) })),
});

export const ListSectionSchema = z.strictObject({
  ...sectionBase,
  kind: z.literal('list'),
  lists: z.array(
    z.strictObject({ heading: z.string(), items: z.array(z.string()), initiallyShown: z.int().check(z.positive()) }),
  ),
});

export const BarsSectionSchema = z.strictObject({
  ...sectionBase,
  kind: z.literal('bars'),
  groups: z.array(z.strictObject({ heading: z.string(), measure: z.string(), bars: z.array(BarSchema) })),
});

export const SectionSchema = z.discriminatedUnion('kind', [
  TableSectionSchema,
  TextSectionSchema,
  ListSectionSchema,
  BarsSectionSchema,
]);
export type Section = z.infer<typeof SectionSchema>;

export const RoleRefSchema = z.strictObject({ id: z.string(), title: z.string() });
export type RoleRef = z.infer<typeof RoleRefSchema>;

export const ComparisonViewSchema = z.strictObject({
  title: z.string(),
  roles: z.array(RoleRefSchema).check(z.minLength(1), z.maxLength(4)),
  headline: z.array(z.string()),
  /** What the page's polite live region says when this view appears: "Now comparing Registered Nurses and Electricians". */
  announcement: z.string(),
  sections: z.array(SectionSchema),
});
export type ComparisonView = z.infer<typeof ComparisonViewSchema>;
