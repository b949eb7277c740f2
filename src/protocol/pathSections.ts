// The career path pages' sections: "Paths from A to B" (routes of one to
// three steps, drawn as a graph and listed) and "Explore Moves From…" (the
// roles within one and two steps, with filters). The host works out every
// route, figure and place on the picture (src/paths); the webview draws them.
import * as z from 'zod/mini';
import { EXPLORE_FILTERS, PATHS } from '../limits';
import { RoleRefSchema } from './roleRef';
import { sectionBase } from './sectionBase';

const count = (max: number) => z.int().check(z.minimum(0), z.maximum(max));

/** A role on a route or in Explore's list, with the figures a step shows, each as printed; null is "no data". */
export const PathRoleSchema = z.strictObject({
  /** The role's id in the catalog (its page opens from it). */
  id: z.string(),
  /** The role's title. */
  title: z.string(),
  /** Average yearly pay: "$119,660" (BLS OEWS); null when not published. */
  pay: z.nullable(z.string()),
  /** The change in average pay from the role before it: "+$14,840 a year (+17%)"; absent on a start or where a pay is unknown. */
  payChange: z.optional(z.string()),
  /** Projected employment change: "+8.7%" (BLS Employment Projections); null when not published. */
  growth: z.nullable(z.string()),
  /** Typical entry-level education (BLS); null when not published. */
  education: z.nullable(z.string()),
  /** O*NET's Job Zone: "Job Zone 4 of 5"; null when O*NET gives none. */
  jobZone: z.nullable(z.string()),
});
export type PathRole = z.infer<typeof PathRoleSchema>;

/** One step of a route: from the role before it to `to`. */
export const PathStepSchema = z.strictObject({
  /** The role the step starts from. */
  from: RoleRefSchema,
  /** The role the step reaches, with its figures and the pay change from `from`. */
  to: PathRoleSchema,
  /** Up to three skills or knowledge areas to build, largest gap first: "Engineering and Technology (+1.07)". */
  build: z.array(z.string()).check(z.maxLength(3)),
  /** What the step costs under the stated rule, as printed: "9.4". */
  cost: z.string(),
});
export type PathStep = z.infer<typeof PathStepSchema>;

/** One route from the start to the target. */
export const RouteSchema = z.strictObject({
  /** The route's heading: "Route 1: 2 steps, cost 18.3". */
  label: z.string(),
  /** The role the route starts from. */
  start: PathRoleSchema,
  /** The steps, in order; the last reaches the target. */
  steps: z.array(PathStepSchema).check(z.minLength(1), z.maxLength(PATHS.maxSteps)),
});
export type Route = z.infer<typeof RouteSchema>;

/** A role on the picture: one node, placed on a grid of columns (steps, left to right) and rows. */
export const GraphNodeSchema = z.strictObject({
  /** The role's id. */
  id: z.string(),
  /** The role's title, the node's text. */
  title: z.string(),
  /** Its average yearly pay as printed, under the title; null when not published. */
  pay: z.nullable(z.string()),
  /** Its column: 0 is the start, the last column the target. */
  column: count(PATHS.maxSteps),
  /** Its row within the column, from the top. */
  row: count(PATHS.maxRoutes * PATHS.maxSteps),
  /** What the node is on the routes: drawn differently (the start and the target stand out). */
  place: z.enum(['start', 'target', 'between']),
});

/** A step on the picture: an arrow from one node to another, labelled with the pay change. */
export const GraphEdgeSchema = z.strictObject({
  /** The index of the node the arrow leaves, in `nodes`. */
  from: z.int().check(z.nonnegative()),
  /** The index of the node the arrow reaches. */
  to: z.int().check(z.nonnegative()),
  /** The arrow's label: the change in average pay, "+$14,840", or "pay change unknown". */
  label: z.string(),
});

/** The routes as a picture: nodes left to right by step, arrows between them. */
export const PathGraphSchema = z.strictObject({
  /** The picture's accessible name: what it shows, in words. */
  name: z.string(),
  /** Columns on the grid: the start, then one per step of the longest route. */
  columns: z.int().check(z.minimum(2), z.maximum(PATHS.maxSteps + 1)),
  /** Rows on the grid: the most nodes in one column. */
  rows: z.int().check(z.minimum(1), z.maximum(PATHS.maxRoutes * PATHS.maxSteps + 1)),
  /** Each role once. */
  nodes: z.array(GraphNodeSchema).check(z.maxLength(PATHS.maxRoutes * PATHS.maxSteps + 1)),
  /** Each step once, however many routes take it. */
  edges: z.array(GraphEdgeSchema).check(z.maxLength(PATHS.maxRoutes * PATHS.maxSteps)),
});
export type PathGraph = z.infer<typeof PathGraphSchema>;

/** A role reachable from the start that comes nearest the target, when no route reaches it. */
export const NearRoleSchema = z.strictObject({
  /** The role and its figures. */
  role: PathRoleSchema,
  /** How near it comes and what is left: "2 steps from Electricians; 18 areas short of Construction Managers, most Negotiation (+1.6)". */
  detail: z.string(),
});

/** "Paths from A to B": up to five routes, cheapest first, as a picture and as a list. */
export const RoutesSectionSchema = z.strictObject({
  ...sectionBase,
  /** Routes between two roles, drawn and listed. */
  kind: z.literal('routes'),
  /** The role the routes start from. */
  from: RoleRefSchema,
  /** The role they reach. */
  to: RoleRefSchema,
  /** The routes, cheapest first; empty when none exists within the step limit. */
  routes: z.array(RouteSchema).check(z.maxLength(PATHS.maxRoutes)),
  /** The routes drawn as a picture; absent when there is no route. */
  graph: z.optional(PathGraphSchema),
  /** When there is no route: what blocks it (the largest gaps), in sentences. */
  blocked: z.optional(z.array(z.string())),
  /** When there is no route: the reachable roles that come nearest the target. */
  nearest: z.optional(z.array(NearRoleSchema).check(z.maxLength(PATHS.exploreListed))),
});

/** One role Explore lists: reachable in one or two steps. */
export const ReachEntrySchema = z.strictObject({
  /** The role and its figures, the pay change from the start included. */
  role: PathRoleSchema,
  /** For a two-step move, the role in between (the cheapest). */
  via: z.optional(RoleRefSchema),
  /** The move's cost under the stated rule: "6.2". */
  cost: z.string(),
  /** Up to three skills or knowledge areas to build, largest gap first (over the whole move). */
  build: z.array(z.string()).check(z.maxLength(3)),
});

/** "Explore Moves From…": the roles within one and two steps, with filters. */
export const ReachSectionSchema = z.strictObject({
  ...sectionBase,
  /** The roles within reach of one role. */
  kind: z.literal('reach'),
  /** The role the moves start from. */
  from: RoleRefSchema,
  /** The filters, each a toggle; the list shows roles that pass every filter that is on. */
  filters: z.array(
    z.strictObject({
      /** Which filter (the `setExploreFilter` intent names it). */
      id: z.enum(EXPLORE_FILTERS),
      /** Its label: "Pays more". */
      label: z.string(),
      /** Whether it is on. */
      on: z.boolean(),
    }),
  ),
  /** Within one step, then within two. */
  groups: z
    .array(
      z.strictObject({
        /** "Within one step: 38 roles". */
        heading: z.string(),
        /** The cheapest moves first, at most PATHS.exploreListed. */
        entries: z.array(ReachEntrySchema).check(z.maxLength(PATHS.exploreListed)),
        /** Roles that pass the filters but are past the list's length (said under it). */
        more: z.int().check(z.nonnegative()),
      }),
    )
    .check(z.maxLength(2)),
  /** What the section says when no role passes (or none is within reach). */
  empty: z.string(),
});
