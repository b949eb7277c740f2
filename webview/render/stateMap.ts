// Draws the map of pay by state (placeholder until the map lands: the figures as a list).
import type { Section } from '../../src/protocol/comparisonView';
import { appendAll, el } from '../dom';

type StateMapSection = Extract<Section, { kind: 'stateMap' }>;

export function renderStateMap(section: StateMapSection): HTMLElement {
  const box = el('div', 'state-maps');
  appendAll(
    box,
    section.maps.map((m) => {
      const list = el('ul');
      appendAll(
        list,
        m.tiles.map((t) => el('li', undefined, t.label)),
      );
      const figure = el('div');
      figure.append(el('h3', undefined, m.heading), list);
      return figure;
    }),
  );
  return box;
}
