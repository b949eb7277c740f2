// A role as a page names it: the one shape every section and message uses for "a role".
import * as z from 'zod/mini';

/** A role as a page names it. */
export const RoleRefSchema = z.strictObject({
  /** The role's id in the catalog. */
  id: z.string(),
  /** The role's title. */
  title: z.string(),
});
export type RoleRef = z.infer<typeof RoleRefSchema>;
