// What a command is given to say which role: a role id (programmatic callers,
// tests, links), a Roles tree node (menus pass the node), or nothing (then
// the command asks). Read without trust: anything else means "ask".
import type { RoleSummary } from '../../model/summary';
import type { RoleRepository } from '../data/roleRepository';

/** A Roles tree node that stands for one role (src/host/roles-view/rolesTree.ts). */
interface RoleArgNode {
  kind: 'role';
  role: RoleSummary;
}

function roleNodeOf(arg: unknown): RoleArgNode | undefined {
  const node = arg as Partial<RoleArgNode> | undefined;
  return typeof node === 'object' && node !== null && node.kind === 'role' && node.role ? (node as RoleArgNode) : undefined;
}

/** A list of role ids, as a recent comparison or a test passes it. */
export const isIdList = (arg: unknown): arg is string[] => Array.isArray(arg) && arg.every((x) => typeof x === 'string');

/** The role id a command was given (an id or a tree node), without looking it up. */
export function roleIdFrom(arg: unknown): string | undefined {
  if (typeof arg === 'string' && arg) return arg;
  return roleNodeOf(arg)?.role.id;
}

/** The role a command was given, looked up in the catalog (an unknown id gives undefined). */
export async function roleFrom(repository: RoleRepository, arg: unknown): Promise<RoleSummary | undefined> {
  if (typeof arg === 'string') return (await repository.catalog()).byId.get(arg);
  return roleNodeOf(arg)?.role;
}
