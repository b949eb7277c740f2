// "Plan a Move…": asks for the current role, then the target, and opens the
// skill gap from one to the other. Also takes [fromId, toId] (the comparison's
// "From A to B" and tests) or a role (a tree node or an id) to start from.
import * as vscode from 'vscode';
import type { Role } from '../model/schema';
import type { ComparisonView } from '../protocol/comparisonView';
import { COMMANDS, roleFrom } from './commands';
import { core } from './core';
import type { MovePanelController } from './movePanel';
import { pickRole } from './pickRoles';
import type { ProfileStore } from './profileStore';
import type { RoleRepository } from './roleRepository';

const isPair = (arg: unknown): arg is [string, string] => Array.isArray(arg) && arg.length === 2 && arg.every((x) => typeof x === 'string');

export function registerMoveCommands(repository: RoleRepository, moves: MovePanelController): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.planMove, async (arg?: unknown) => {
      if (isPair(arg)) return moves.show(arg[0], arg[1]);
      const from =
        (await roleFrom(repository, arg)) ??
        (await pickRole(repository, { title: 'Plan a Move (1/2): your current role', placeholder: 'Type the job title you have now' }));
      if (!from) return;
      const to = await pickRole(repository, {
        title: `Plan a Move (2/2): from ${from.title} to…`,
        placeholder: 'Type the job title you want to move to',
        exclude: new Set([from.id]),
      });
      if (to) await moves.show(from.id, to.id);
    }),
  ];
}

/** The comparison with its move sections ("From A to B", similar roles and better-paid moves). */
export async function addMoveSections(
  view: ComparisonView,
  roles: Role[],
  repository: RoleRepository,
  profiles: ProfileStore,
): Promise<ComparisonView> {
  const [catalog, loaded] = await Promise.all([repository.catalog(), profiles.get()]);
  const similar = loaded && { index: loaded.index, byId: catalog.byId, source: loaded.profiles.source };
  return core().withMoves(view, roles, loaded?.profiles, similar);
}
