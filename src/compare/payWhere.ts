// Pay where the user lives, as a comparison takes it (issue 21): the roles as
// shown (each official role with its state's pay and jobs when a state is
// chosen), their national selves kept beside, every role's figures in every
// state for the map, and the user's own pay to place on each chart. Pure: the
// host loads the state files and the settings, this only puts them together.
import type { Role, Source } from '../model/schema';
import { localizeRole } from '../states/localPay';
import type { StateFigures } from '../states/stateFigures';
import type { UsArea } from '../states/usAreas';

export interface PayWhere {
  /** The chosen state; absent when figures are national. */
  place?: {
    area: UsArea;
    /** The national role of each role shown with the state's figures, by id (a role without state figures is absent). */
    national: ReadonlyMap<string, Role>;
    /** Each such role's figures in the state; undefined where BLS has no row for it there. */
    figures: ReadonlyMap<string, StateFigures | undefined>;
  };
  /** Each official role's figures in every state (areas without a row absent), by role id: the map of pay by state. */
  areas: ReadonlyMap<string, ReadonlyMap<string, StateFigures>>;
  /** The state file's source; absent when no state figures were loaded. */
  source?: Source;
  /** The user's own yearly pay ("Set Your Pay…"), placed on each percentile chart; never exported. */
  yourPay?: number;
}

export interface PayWhereInput {
  area?: UsArea;
  areas: ReadonlyMap<string, ReadonlyMap<string, StateFigures>>;
  source?: Source;
  yourPay?: number;
}

/**
 * The roles as shown and the comparison's PayWhere. Only roles with state
 * figures (official roles) are localized: a role from the user's own file
 * keeps its own figures, which are not for any one state.
 */
export function applyPayWhere(roles: readonly Role[], input: PayWhereInput): { roles: Role[]; where: PayWhere } {
  const where: PayWhere = { areas: input.areas };
  if (input.source) where.source = input.source;
  if (input.yourPay !== undefined) where.yourPay = input.yourPay;
  const { area, source } = input;
  if (!area || !source) return { roles: [...roles], where };
  const national = new Map<string, Role>();
  const figures = new Map<string, StateFigures | undefined>();
  const shown = roles.map((role) => {
    const byArea = input.areas.get(role.id);
    if (!byArea) return role;
    national.set(role.id, role);
    figures.set(role.id, byArea.get(area.code));
    return localizeRole(role, area, source, byArea.get(area.code));
  });
  where.place = { area, national, figures };
  return { roles: shown, where };
}
