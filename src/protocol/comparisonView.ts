// The comparison as the webview draws it: already formatted text plus the
// numbers bars need. The host computes it (pure code in src/compare); the
// webview only renders, so every figure is tested in Node.
import * as z from 'zod';

export const BarSchema = z.strictObject({
  label: z.string(),
  /** The figure drawn; `max` is the scale's end (the bar is value/max wide). */
  value: z.number().nonnegative(),
  max: z.number().positive(),
  /** The number as printed on the bar, e.g. "83.7%". */
  text: z.string(),
});
export type Bar = z.infer<typeof BarSchema>;

/** One cell of a table: `text: null` is "no data" and renders as a labelled dash. */
export const CellSchema = z.strictObject({
  text: z.string().nullable(),
  bars: z.array(BarSchema).optional(),
  /** What the figure is and where it is from, shown on hover. */
  note: z.string().optional(),
});
export type Cell = z.infer<typeof CellSchema>;

export const RowSchema = z.strictObject({ label: z.string(), cells: z.array(CellSchema) });
export type Row = z.infer<typeof RowSchema>;

const sectionBase = {
  id: z.string(),
  title: z.string(),
  /** "Technical Manager: Reference comparison page, year not stated", one per role and source. */
  sources: z.array(z.string()),
  /** How the user can fill in what is missing (e.g. import O*NET's prose). */
  hint: z.string().optional(),
  /** A licence statement the section's sources require (O*NET's CC BY 4.0). */
  attribution: z.string().optional(),
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
  blocks: z.array(z.strictObject({ heading: z.string(), text: z.string().nullable() })),
});

export const ListSectionSchema = z.strictObject({
  ...sectionBase,
  kind: z.literal('list'),
  lists: z.array(
    z.strictObject({ heading: z.string(), items: z.array(z.string()), initiallyShown: z.number().int().positive() }),
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
  roles: z.array(RoleRefSchema).min(1).max(4),
  headline: z.array(z.string()),
  sections: z.array(SectionSchema),
});
export type ComparisonView = z.infer<typeof ComparisonViewSchema>;
