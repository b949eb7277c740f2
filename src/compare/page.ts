// The whole page a panel posts (src/protocol/page.ts), from the view and the
// user's favourites: which column controls show, which linked roles may be
// added, which stars are filled, which official links exist. Every rule is
// applied here, in the host, so the webview only draws.
import { officialPagesOf } from '../links/officialPages';
import type { ComparisonView, RoleRef } from '../protocol/comparisonView';
import type { Page, Picker } from '../protocol/page';
import { canAddRole, columnControls } from './selection';

export interface PageInput {
  view: ComparisonView;
  /** Each column's picker options (pickerOptions in ./buildComparison). */
  pickers: Picker[];
  /** The shown roles with their SOC codes: each official role gets its publishers' links. */
  roles: readonly { id: string; socCode?: string }[];
  /**
   * The roles are fixed in number (a skill gap's two sides): its pickers and
   * swap only change which roles — no add or remove buttons, no stars and no
   * official links on that page.
   */
  fixedColumns?: boolean;
  /** Whether a role is a favourite (its star drawn filled). */
  isFavourite?: (roleId: string) => boolean;
  /** Why the last change could not be shown, drawn above the page. */
  notice?: string;
  /** Whose pay the page shows ("Texas", "United States"); absent when no role has state figures. */
  payPlace?: string;
}

/** The roles the links sections name, each once, in page order. */
function linkedRoles(view: ComparisonView): RoleRef[] {
  const seen = new Map<string, RoleRef>();
  for (const section of view.sections) {
    if (section.kind !== 'links') continue;
    for (const group of section.groups) for (const role of group.roles) if (!seen.has(role.id)) seen.set(role.id, role);
  }
  return [...seen.values()];
}

export function buildPage(input: PageInput): Page {
  const { view, fixedColumns = false, isFavourite = () => false } = input;
  const ids = view.roles.map((r) => r.id);
  const page: Page = {
    view,
    pickers: input.pickers,
    columns: { ...columnControls(ids, fixedColumns), star: !fixedColumns },
    addable: fixedColumns ? [] : linkedRoles(view).flatMap((r) => (canAddRole(ids, r.id) ? [r.id] : [])),
    starred: fixedColumns ? [] : ids.filter(isFavourite),
    officialPages: fixedColumns ? [] : input.roles.flatMap(officialPagesOf),
  };
  if (input.notice !== undefined) page.notice = input.notice;
  if (input.payPlace !== undefined && !fixedColumns) page.payPlace = input.payPlace;
  return page;
}
