// "Find a Career Path…": asks for the role you have, then the one you want,
// and opens "Paths from A to B". "Explore Moves From…": asks for a role and
// opens "Moves from A". Both also take a role (a tree node or an id) to
// start from; Find a Career Path takes [fromId, toId] too (Recent
// Comparisons and tests).
import * as vscode from 'vscode';
import type { RoleRepository } from '../data/roleRepository';
import { pickRole } from '../pickers/pickRoles';
import { roleFrom } from '../pickers/roleArgs';
import { COMMANDS } from '../shared/commands';
import type { PathPanelController } from './pathPanel';

const isPair = (arg: unknown): arg is [string, string] => Array.isArray(arg) && arg.length === 2 && arg.every((x) => typeof x === 'string');

async function findPath(repository: RoleRepository, paths: PathPanelController, arg: unknown): Promise<void> {
  if (isPair(arg)) return paths.showPaths(arg[0], arg[1]);
  const from =
    (await roleFrom(repository, arg)) ??
    (await pickRole(repository, { title: 'Find a Career Path (1/2): the role you have', placeholder: 'Type the job title you have now' }));
  if (!from) return;
  const to = await pickRole(repository, {
    title: `Find a Career Path (2/2): from ${from.title} to…`,
    placeholder: 'Type the job title you want to reach',
    exclude: new Set([from.id]),
  });
  if (to) await paths.showPaths(from.id, to.id);
}

async function exploreMoves(repository: RoleRepository, paths: PathPanelController, arg: unknown): Promise<void> {
  const from =
    (await roleFrom(repository, arg)) ??
    (await pickRole(repository, { title: 'Explore Moves From…', placeholder: 'Type the job title to start from' }));
  if (from) await paths.showMoves(from.id);
}

export function registerPathCommands(repository: RoleRepository, paths: PathPanelController): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.findPath, (arg?: unknown) => findPath(repository, paths, arg)),
    vscode.commands.registerCommand(COMMANDS.exploreMoves, (arg?: unknown) => exploreMoves(repository, paths, arg)),
  ];
}
