// The fields every section of a page has: its id, heading, sources, notes
// and licence statement. A leaf, so section schemas in several files share it.
import * as z from 'zod/mini';

export const sectionBase = {
  /** A stable name for the section ("salary"): its element id and export key. */
  id: z.string(),
  /** The section's heading, e.g. "Salary". */
  title: z.string(),
  /** "BLS Employment Projections, 2024–34", each source once, with the roles it covers when not all. */
  sources: z.array(z.string()),
  /** How the user can fill in what is missing (e.g. import O*NET's prose). */
  hint: z.optional(z.string()),
  /**
   * A button the webview shows under the hint: `downloadDescriptions` sends
   * that intent to the host, which downloads O*NET's descriptions and tasks.
   */
  action: z.optional(z.literal('downloadDescriptions')),
  /** A licence statement the section's sources require (O*NET's CC BY 4.0). */
  attribution: z.optional(z.string()),
  /** What the figures mean and the rules behind them (e.g. which industries count), shown under the section. */
  notes: z.optional(z.array(z.string())),
};
