// The mark on a row's best value (rules in src/compare/differences): a star
// and words, so it is not colour alone and a screen reader reads the words
// with the figure.
import { el } from '../dom';

/** "★ Highest pay": the star is decoration, the words are read. */
export function bestMark(words: string): HTMLElement {
  const mark = el('span', 'best-mark');
  const star = el('span', 'best-star', '★');
  star.setAttribute('aria-hidden', 'true');
  mark.append(star, ` ${words}`);
  return mark;
}
