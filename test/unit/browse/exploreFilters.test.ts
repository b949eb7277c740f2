import * as assert from 'node:assert/strict';
import { readExploreFilters, withExploreFilter } from '../../../src/browse/viewState';
import { EXPLORE_FILTERS } from '../../../src/limits';

describe("Explore's filters as view state", () => {
  it('reads stored state without trust: only known ids, each once, in their own order', () => {
    assert.deepEqual(readExploreFilters(undefined), []);
    assert.deepEqual(readExploreFilters('paysMore'), []);
    assert.deepEqual(readExploreFilters({ paysMore: true }), []);
    assert.deepEqual(readExploreFilters(['sameCategory', 'nope', 7, null, 'paysMore', 'paysMore', '__proto__']), [
      'paysMore',
      'sameCategory',
    ]);
    assert.deepEqual(readExploreFilters([...EXPLORE_FILTERS].reverse()), [...EXPLORE_FILTERS]);
  });

  it('turns one filter on or off and keeps the others', () => {
    assert.deepEqual(withExploreFilter([], 'growsFaster', true), ['growsFaster']);
    assert.deepEqual(withExploreFilter(['paysMore', 'growsFaster'], 'paysMore', false), ['growsFaster']);
    assert.deepEqual(withExploreFilter(['paysMore'], 'paysMore', true), ['paysMore']);
    assert.deepEqual(withExploreFilter(['sameCategory'], 'paysMore', true), ['paysMore', 'sameCategory']);
  });
});
