// Draws a routes section ("Paths from A to B"): the picture, then the same
// routes as a list, for keyboard and screen reader users and for anyone who
// wants the figures; when no route exists, what blocks it and the roles that
// come nearest. The host found every route and wrote every word.
import type { Section } from '../../../src/protocol/comparisonView';
import type { Route } from '../../../src/protocol/pathSections';
import { el } from '../../dom';
import { pictureFigure } from './pathGraph';
import { addButton, buildLine, buttonRow, costLine, figuresLine, planButton, roleButton, type PathActions } from './pathRole';

type RoutesSection = Extract<Section, { kind: 'routes' }>;

function startItem(route: Route, actions: PathActions): HTMLElement {
  const start = el('div', 'path-start');
  start.append(el('span', 'path-step-label', 'Start: '), roleButton(route.start, actions), figuresLine(route.start));
  return start;
}

function stepItem(step: Route['steps'][number], actions: PathActions): HTMLElement {
  const li = el('li', 'path-step');
  li.append(roleButton(step.to, actions), figuresLine(step.to));
  for (const line of buildLine(step.build)) li.append(line);
  li.append(costLine(step.cost), buttonRow(planButton('Plan this step', step.from, step.to, actions), addButton(step.to, actions)));
  return li;
}

function routeItem(route: Route, index: number, idBase: string, actions: PathActions): HTMLElement {
  const li = el('li', 'path-route');
  const heading = el('h3', undefined, route.label);
  heading.id = `${idBase}-route-${index}`;
  li.setAttribute('aria-labelledby', heading.id);
  const steps = el('ol', 'path-steps');
  for (const step of route.steps) steps.append(stepItem(step, actions));
  li.append(heading, startItem(route, actions), steps);
  return li;
}

/** No route: the host's reasons, then the reachable roles nearest the target. */
function noRoute(section: RoutesSection, actions: PathActions): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (section.blocked && section.blocked.length > 0) {
    const box = el('div', 'path-blocked');
    for (const sentence of section.blocked) box.append(el('p', undefined, sentence));
    out.push(box);
  }
  if (section.nearest && section.nearest.length > 0) {
    out.push(el('h3', undefined, `Roles within reach nearest ${section.to.title}`));
    const list = el('ul', 'path-nearest');
    for (const near of section.nearest) {
      const li = el('li', 'path-entry');
      li.append(
        roleButton(near.role, actions),
        figuresLine(near.role),
        el('p', 'path-detail', near.detail),
        buttonRow(addButton(near.role, actions)),
      );
      list.append(li);
    }
    out.push(list);
  }
  return out;
}

export function renderRoutes(section: RoutesSection, actions: PathActions): HTMLElement {
  const box = el('div', 'path-routes-body');
  const idBase = `section-${section.id}`;
  if (section.graph) {
    box.append(pictureFigure(section.graph, idBase));
  }
  if (section.routes.length === 0) {
    for (const node of noRoute(section, actions)) box.append(node);
    return box;
  }
  const list = el('ol', 'path-routes');
  list.setAttribute('aria-label', `Routes from ${section.from.title} to ${section.to.title}`);
  section.routes.forEach((route, i) => list.append(routeItem(route, i, idBase, actions)));
  box.append(list);
  return box;
}
