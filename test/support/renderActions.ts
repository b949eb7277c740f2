// The renderer's actions doing nothing: for tests that only look at the DOM.
import type { RenderActions } from '../../webview/render';

export const noActions: RenderActions = {
  replace() {},
  remove() {},
  add() {},
  swap() {},
  search() {},
  downloadDescriptions() {},
  openRole() {},
  compareWith() {},
};
