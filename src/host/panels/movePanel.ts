// The "From A to B" panel: the skill gap of a move, in its own webview panel
// beside the comparison (the user can keep both open). The same webview
// draws it: the page is a skill-gap view with its two sides fixed — its
// pickers change either side and Swap sides turns the move around.
import * as vscode from 'vscode';
import { replaceColumn } from '../../compare/selection';
import type { Role } from '../../model/schema';
import type { Intent } from '../../protocol/messages';
import type { Page } from '../../protocol/page';
import type { ProfileStore } from '../data/profileStore';
import type { RoleRepository } from '../data/roleRepository';
import { pickRole } from '../pickers/pickRoles';
import { COMMANDS } from '../shared/commands';
import { core } from '../shared/core';
import { VIEWS } from '../shared/ids';
import { log, runLogged } from '../shared/log';
import { PanelController } from './panelController';

export class MovePanelController extends PanelController {
  constructor(
    extensionUri: vscode.Uri,
    repository: RoleRepository,
    private readonly profiles: ProfileStore,
  ) {
    super(extensionUri, repository, {
      viewType: VIEWS.movePanel,
      noun: 'move',
      webview: 'Skill gap webview',
      startAgain: 'Run "Career Compare: Plan a Move…" to open one.',
    });
  }

  protected problemOf(ids: readonly string[]): string | undefined {
    if (ids.length !== 2) return `a move takes two roles, not ${ids.length}`;
    return ids[0] === ids[1] ? 'a move needs two different roles' : undefined;
  }

  protected title(roles: readonly Role[]): string {
    return core().moveTitle(roles[0], roles[1]);
  }

  protected async page(roles: readonly Role[], notice: string | undefined): Promise<Page> {
    const [catalog, loaded] = await Promise.all([this.repository.catalog(), this.profiles.get()]);
    const [from, to] = roles;
    return core().buildPage({
      view: core().buildMoveView(from, to, loaded?.profiles),
      pickers: core().pickerOptions([...roles], catalog.roles),
      roles,
      fixedColumns: true,
      notice,
    });
  }

  /** Shows the move from one role to another, opening the panel or reusing it. */
  async showMove(fromId: string, toId: string, takeFocus = true): Promise<void> {
    await this.show([fromId, toId], takeFocus);
  }

  /** Puts a role on one side; picking the other side's role turns the move around (the comparison's column rule). */
  private async replaceSide(column: number, roleId: string, takeFocus: boolean): Promise<void> {
    const next = replaceColumn(this.roleIds, column, roleId);
    if (next.ok) await this.show(next.roleIds, takeFocus);
    else log().warn(`Skill gap: ignored a picked role (${next.reason})`);
  }

  /** "Search all roles…" in a picker: the role search, then that side replaced. */
  private async searchForSide(column: number): Promise<void> {
    if (column > 1 || this.roleIds.length !== 2) return;
    const role = await pickRole(this.repository, {
      title: column === 0 ? 'Move from…' : 'Move to…',
      placeholder: 'Type a job title — alternate titles and typos are fine',
    });
    if (role) await this.replaceSide(column, role.id, true);
  }

  protected onIntent(intent: Intent): void {
    switch (intent.type) {
      case 'replace':
        return runLogged(this.replaceSide(intent.column, intent.roleId, false), 'show the picked move');
      case 'swap':
        if (this.roleIds.length === 2) runLogged(this.show([...this.roleIds].reverse(), false), 'turn the move around');
        return;
      case 'search':
        return runLogged(this.searchForSide(intent.column), 'search for a role');
      case 'openRole':
      case 'compareWith': {
        const command = intent.type === 'openRole' ? COMMANDS.openRole : COMMANDS.compareWith;
        return runLogged(vscode.commands.executeCommand(command, intent.roleId), `${intent.type} from the skill gap`);
      }
      default:
        // Nothing else is offered on this page (its two sides are fixed): add, remove, stars, official links, moves.
        log().warn(`Skill gap: ignored "${intent.type}", which this page does not offer.`);
    }
  }
}
