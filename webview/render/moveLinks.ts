// Draws a moves section: "From A to B" buttons between the shown roles, each
// with a line on what the move takes. A click sends the columns, never ids.
import type { Section } from '../../src/protocol/comparisonView';
import { appendAll, el } from '../dom';
import { createButton } from '../toolkit';

type MovesSection = Extract<Section, { kind: 'moves' }>;

export interface MoveActions {
  /** Open the skill gap from column `from`'s role to column `to`'s (optional: a page without moves sections needs none). */
  planMove?(from: number, to: number): void;
}

export function renderMoves(section: MovesSection, actions: MoveActions): HTMLElement {
  const list = el('ul', 'move-links');
  appendAll(
    list,
    section.moves.map((move) => {
      const li = el('li');
      const button = createButton(move.label, () => actions.planMove?.(move.from, move.to), { secondary: true });
      button.dataset.focusKey = `move-${move.from}-${move.to}`;
      li.append(button, el('span', 'move-summary', move.summary));
      return li;
    }),
  );
  return list;
}
