// The comparison's columns: which roles are shown, in which order. The one
// home of the column rules (the 1–4 limit, duplicates, the last column): the
// host applies the webview's intents here, so no rule is written twice.
import { MAX_ROLES } from '../limits';

/** The new column order, or why the change is refused (said to the user as is). */
export type Selection = { ok: true; roleIds: string[] } | { ok: false; reason: string };

/** A role already shown is not added again: the refusal says which column shows it. */
export type AddOutcome = Selection | { ok: false; reason: string; shownAt: number };

const refuse = (reason: string): Selection => ({ ok: false, reason });

function columnProblem(ids: readonly string[], column: number): string | undefined {
  if (!Number.isInteger(column) || column < 0 || column >= ids.length) return `there is no column ${column + 1}`;
  return undefined;
}

/** Whether a list of ids is a comparison we can show: 1 to MAX_ROLES roles, each once. */
export function selectionProblem(ids: readonly string[]): string | undefined {
  if (ids.length < 1 || ids.length > MAX_ROLES) return `a comparison takes 1 to ${MAX_ROLES} roles, not ${ids.length}`;
  if (new Set(ids).size !== ids.length) return 'the same role is chosen twice';
  return undefined;
}

/** Adds a column at the end; refused when full, or when the role is shown already (its column is named). */
export function addRole(ids: readonly string[], roleId: string): AddOutcome {
  const shownAt = ids.indexOf(roleId);
  if (shownAt !== -1) return { ok: false, reason: `it is already column ${shownAt + 1}`, shownAt };
  if (ids.length >= MAX_ROLES) return refuse(`a comparison shows at most ${MAX_ROLES} roles; remove one first`);
  return { ok: true, roleIds: [...ids, roleId] };
}

/** Removes a column; the last one stays (a comparison shows at least one role). */
export function removeColumn(ids: readonly string[], column: number): Selection {
  const problem = columnProblem(ids, column);
  if (problem) return refuse(problem);
  if (ids.length === 1) return refuse('a comparison keeps at least one role');
  return { ok: true, roleIds: ids.filter((_, i) => i !== column) };
}

/** Puts a role in a column; a role another column shows trades places with the one replaced. */
export function replaceColumn(ids: readonly string[], column: number, roleId: string): Selection {
  const problem = columnProblem(ids, column);
  if (problem) return refuse(problem);
  const next = [...ids];
  const other = next.indexOf(roleId);
  if (other !== -1) next[other] = ids[column];
  next[column] = roleId;
  return { ok: true, roleIds: next };
}

/** Swap Sides: only for exactly two roles (with more, which sides would it be?). */
export function swapSides(ids: readonly string[]): Selection {
  if (ids.length !== 2) return refuse(`Swap Sides needs exactly two roles, not ${ids.length}`);
  return { ok: true, roleIds: [ids[1], ids[0]] };
}

/** Which column controls a page of these roles offers; a page whose roles are fixed (a skill gap's two sides) adds and removes none. */
export function columnControls(ids: readonly string[], fixed: boolean): { add: boolean; remove: boolean; swap: boolean } {
  return { add: !fixed && ids.length < MAX_ROLES, remove: !fixed && ids.length > 1, swap: ids.length === 2 };
}

/** Whether a role could be added as a column now (a linked role's Add button): room left, and not shown yet. */
export function canAddRole(ids: readonly string[], roleId: string): boolean {
  return addRole(ids, roleId).ok;
}
