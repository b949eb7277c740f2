// Opens a role's official page: the address is built here from the role's
// SOC code (never taken from the webview or a file), and only https pages on
// the publishers' hosts are opened; anything else is refused and logged.
import * as vscode from 'vscode';
import { isOfficialPageUrl, officialPageUrl, type OfficialSite } from '../../links/officialPages';
import { quote } from '../../util/safeText';
import { log } from '../shared/log';
import type { RoleRepository } from '../data/roleRepository';

/** Opens `url` in the browser if it is an official page; returns whether it did. */
export async function openOfficialUrl(url: string): Promise<boolean> {
  if (!isOfficialPageUrl(url)) {
    log().warn(`Refused to open ${quote(url)}: only https pages on www.onetonline.org and www.bls.gov are opened.`);
    return false;
  }
  return vscode.env.openExternal(vscode.Uri.parse(url, true));
}

export async function openOfficialPage(repository: RoleRepository, roleId: string, site: OfficialSite): Promise<boolean> {
  const role = (await repository.catalog()).byId.get(roleId);
  const url = role?.socCode ? officialPageUrl(site, role.socCode) : undefined;
  if (!url) {
    log().warn(`No official page for ${quote(roleId)} (${site}): the role is unknown or has no SOC code.`);
    return false;
  }
  return openOfficialUrl(url);
}
