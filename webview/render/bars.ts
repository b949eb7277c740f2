// Draws bars: one labelled bar (a skill's importance, a share of workers)
// and a bars section (each role's top skills). A bar is one image to a
// screen reader, read from its spoken text, which names the scale.
import type { Bar, Section } from '../../src/protocol/comparisonView';
import { appendAll, el, noData } from '../dom';

export function renderBar(bar: Bar): HTMLElement {
  const item = el('div', 'bar');
  item.setAttribute('role', 'img');
  // The spoken text names the scale ("importance 4.12 of 5"), which the drawn bar shows only visually.
  item.setAttribute('aria-label', bar.spoken);
  const label = el('span', 'bar-label', bar.label);
  label.setAttribute('aria-hidden', 'true');
  const track = el('span', 'bar-track');
  track.setAttribute('aria-hidden', 'true');
  const fill = el('span', 'bar-fill');
  // CSSOM, not an inline style attribute: allowed under our style-src.
  fill.style.width = `${Math.min(100, (bar.value / bar.max) * 100)}%`;
  track.append(fill);
  const value = el('span', 'bar-value', bar.text);
  value.setAttribute('aria-hidden', 'true');
  item.append(label, track, value);
  return item;
}

export function renderBars(section: Extract<Section, { kind: 'bars' }>): HTMLElement {
  const wrap = el('div', 'columns');
  for (const group of section.groups) {
    const col = el('article', 'column');
    col.append(el('h3', undefined, group.heading));
    if (group.bars.length === 0) {
      col.append(noData());
    } else {
      col.append(el('p', 'measure', group.measure));
      const bars = el('div', 'bars skills');
      appendAll(bars, group.bars.map(renderBar));
      col.append(bars);
    }
    wrap.append(col);
  }
  return wrap;
}
