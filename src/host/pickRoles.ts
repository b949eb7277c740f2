// Quick picks for choosing roles: searchable by title, category and alternate titles.
import * as vscode from 'vscode';
import { formatWage } from '../format/format';
import type { Role } from '../model/schema';

interface RoleItem extends vscode.QuickPickItem {
  role: Role;
}

function items(roles: Role[]): RoleItem[] {
  return roles.map((role) => ({
    label: role.title,
    description: [role.category, role.pay?.yearly !== undefined ? formatWage(role.pay.yearly) : undefined]
      .filter(Boolean)
      .join(' · '),
    detail: role.alternateTitles?.length ? `Also: ${role.alternateTitles.join(', ')}` : undefined,
    role,
  }));
}

export async function pickRole(roles: Role[], title: string, placeholder: string): Promise<Role | undefined> {
  const choice = await vscode.window.showQuickPick(items(roles), {
    title,
    placeHolder: placeholder,
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return choice?.role;
}

/** First role, then a second that leaves out the first. */
export async function pickTwoRoles(roles: Role[], first?: Role): Promise<[Role, Role] | undefined> {
  const left = first ?? (await pickRole(roles, 'Compare Roles (1/2)', 'Choose the first role'));
  if (!left) return undefined;
  const others = roles.filter((r) => r.id !== left.id);
  if (others.length === 0) {
    void vscode.window.showInformationMessage('Career Compare: there is no other role to compare with.');
    return undefined;
  }
  const right = await pickRole(others, first ? `Compare ${left.title} with…` : 'Compare Roles (2/2)', 'Choose the role to compare with');
  return right ? [left, right] : undefined;
}
