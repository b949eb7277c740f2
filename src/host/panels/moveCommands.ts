// "Plan a Move…": asks for the current role, then the target, and opens the
// skill gap from one to the other. Also takes [fromId, toId] (the comparison's
// "From A to B" and tests) or a role (a tree node or an id) to start from.
import * as vscode from 'vscode';
import type { RoleRepository } from '../data/roleRepository';
import { pickRole } from '../pickers/pickRoles';
import { roleFrom } from '../pickers/roleArgs';
import { COMMANDS } from '../shared/commands';
import type { MovePanelController } from './movePanel';

const isPair = (arg: unknown): arg is [string, string] => Array.isArray(arg) && arg.length === 2 && arg.every((x) => typeof x === 'string');

async function planMove(repository: RoleRepository, moves: MovePanelController, arg: unknown): Promise<void> {
  if (isPair(arg)) return moves.showMove(arg[0], arg[1]);
  const from =
    (await roleFrom(repository, arg)) ??
    (await pickRole(repository, { title: 'Plan a Move (1/2): your current role', placeholder: 'Type the job title you have now' }));
  if (!from) return;
  const to = await pickRole(repository, {
    title: `Plan a Move (2/2): from ${from.title} to…`,
    placeholder: 'Type the job title you want to move to',
    exclude: new Set([from.id]),
  });
  if (to) await moves.showMove(from.id, to.id);
}

export function registerMoveCommands(repository: RoleRepository, moves: MovePanelController): vscode.Disposable[] {
  return [vscode.commands.registerCommand(COMMANDS.planMove, (arg?: unknown) => planMove(repository, moves, arg))];
}
