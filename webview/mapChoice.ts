// How the map of pay by state is shown — as maps or as one table, and the
// table's sort — is the user's choice, not the host's: the page is drawn
// whole on every message, so the choice lives here, outside the page, and
// the page's place (pagePlace.ts) saves it with the webview's state so a
// reload keeps it too.
import type { WebviewState } from '../src/protocol/messages';

export type MapChoice = NonNullable<WebviewState['stateMap']>;

export const DEFAULT_MAP_CHOICE: Readonly<MapChoice> = { table: false, sort: 'state', descending: false };

let current: MapChoice = { ...DEFAULT_MAP_CHOICE };
let listener: (() => void) | undefined;

export function mapChoice(): Readonly<MapChoice> {
  return current;
}

export function isDefaultMapChoice(choice: Readonly<MapChoice>): boolean {
  return (
    choice.table === DEFAULT_MAP_CHOICE.table &&
    choice.sort === DEFAULT_MAP_CHOICE.sort &&
    choice.descending === DEFAULT_MAP_CHOICE.descending
  );
}

/** A user's change: kept, and told to the one listener (the page's place, which saves it). */
export function chooseMap(change: Partial<MapChoice>): void {
  current = { ...current, ...change };
  listener?.();
}

/** A saved choice put back before the first draw: nobody is told, nothing is saved again. */
export function restoreMapChoice(saved: Readonly<MapChoice>): void {
  current = { ...saved };
}

export function onMapChoice(listen: () => void): void {
  listener = listen;
}
