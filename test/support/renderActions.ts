// The renderer's actions doing nothing: for tests that only look at the DOM.
import type { RenderActions } from '../../webview/render/page';

export const noActions: RenderActions = {
  replace() {},
  remove() {},
  add() {},
  swap() {},
  search() {},
  toggleFavourite() {},
  downloadDescriptions() {},
  openRole() {},
  compareWith() {},
  openOfficialPage() {},
  chooseState() {},
};
