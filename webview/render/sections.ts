// Draws one section of the page: its heading, its body by kind, then its
// notes, hint, action button, sources and attribution.
import type { RoleRef, Section } from '../../src/protocol/comparisonView';
import { el } from '../dom';
import { createButton } from '../toolkit';
import { renderBars } from './bars';
import { renderGap } from './gapBars';
import { renderMoves, type MoveActions } from './moveLinks';
import type { PathActions } from './paths/pathRole';
import { renderRoutes } from './paths/pathRoutes';
import { renderRange } from './rangeChart';
import { renderReach } from './paths/reach';
import { renderStateMap } from './stateMap';
import { renderLinks, type LinkActions } from './roleLinks';
import { renderTable } from './table';
import { renderList, renderText } from './text';

export interface SectionActions extends LinkActions, MoveActions, PathActions {
  /** Ask the host to download O*NET's descriptions (a section's `action`). */
  downloadDescriptions(): void;
}

function sourcesNote(sources: string[]): HTMLElement {
  const p = el('p', 'sources');
  p.append(el('span', 'sources-label', sources.length > 1 ? 'Sources: ' : 'Source: '), document.createTextNode(sources.join(' · ')));
  return p;
}

/** The button a section's `action` asks for. */
function actionButton(actions: SectionActions): HTMLElement {
  const button = createButton('Download O*NET descriptions', () => actions.downloadDescriptions());
  button.classList.add('section-action');
  return button;
}

let lastMapMs: number | undefined;

/** Ms the last page's map of pay by state took to draw (undefined when it had none), and forgets it. */
export function takeMapMs(): number | undefined {
  const ms = lastMapMs;
  lastMapMs = undefined;
  return ms;
}

function renderBody(section: Section, roles: readonly RoleRef[], actions: SectionActions, addable: ReadonlySet<string>): HTMLElement {
  switch (section.kind) {
    case 'table':
      return renderTable(section, roles);
    case 'text':
      return renderText(section);
    case 'list':
      return renderList(section);
    case 'bars':
      return renderBars(section);
    case 'range':
      return renderRange(section);
    case 'links':
      return renderLinks(section, actions, addable);
    case 'gap':
      return renderGap(section);
    case 'moves':
      return renderMoves(section, actions);
    case 'stateMap': {
      const started = performance.now();
      const drawn = renderStateMap(section);
      lastMapMs = performance.now() - started;
      return drawn;
    }
    case 'routes':
      return renderRoutes(section, actions);
    case 'reach':
      return renderReach(section, actions);
  }
}

/** `addable`: the linked roles that get an Add button (the host's decision). */
export function renderSection(
  section: Section,
  roles: readonly RoleRef[],
  actions: SectionActions,
  addable: ReadonlySet<string>,
): HTMLElement {
  // roles-N: styles for three or four columns (tighter tables, narrower blocks).
  const node = el('section', `section section-${section.kind} roles-${roles.length}`);
  node.id = `section-${section.id}`;
  node.setAttribute('aria-labelledby', `${node.id}-title`);
  const h2 = el('h2', undefined, section.title);
  h2.id = `${node.id}-title`;
  node.append(h2, renderBody(section, roles, actions, addable));
  for (const note of section.notes ?? []) node.append(el('p', 'note', note));
  if (section.hint) node.append(el('p', 'hint', section.hint));
  if (section.action === 'downloadDescriptions') node.append(actionButton(actions));
  node.append(sourcesNote(section.sources));
  if (section.attribution) node.append(el('p', 'attribution', section.attribution));
  return node;
}
