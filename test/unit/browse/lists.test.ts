import * as assert from 'node:assert/strict';
import {
  addRecent,
  FAVOURITES_LIMIT,
  readFavourites,
  readRecents,
  RECENTS_LIMIT,
  recentIds,
  recentPage,
  toggleFavourite,
  type Recent,
} from '../../../src/browse/lists';

describe('Recent comparisons', () => {
  it('puts the newest first and drops a single role (a role page is no comparison)', () => {
    let list = addRecent([], ['a', 'b']);
    list = addRecent(list, ['c', 'd', 'e']);
    list = addRecent(list, ['x']);
    assert.deepEqual(list, [
      ['c', 'd', 'e'],
      ['a', 'b'],
    ]);
  });

  it('keeps one entry for the same roles in any column order, moved to the top in the new order', () => {
    let list = addRecent([], ['a', 'b']);
    list = addRecent(list, ['c', 'd']);
    list = addRecent(list, ['b', 'a']);
    assert.deepEqual(list, [
      ['b', 'a'],
      ['c', 'd'],
    ]);
    assert.equal(addRecent(list, ['a', 'b', 'c']).length, 3);
  });

  it(`keeps at most ${RECENTS_LIMIT}, dropping the oldest`, () => {
    let list: Recent[] = [];
    for (let i = 0; i < 25; i++) list = addRecent(list, [`r${i}`, `s${i}`]);
    assert.equal(list.length, RECENTS_LIMIT);
    assert.deepEqual(list[0], ['r24', 's24']);
    assert.deepEqual(list.at(-1), [`r${25 - RECENTS_LIMIT}`, `s${25 - RECENTS_LIMIT}`]);
  });

  it('reads stored state without trust: bad entries and duplicates dropped, never thrown on', () => {
    assert.deepEqual(readRecents(undefined), []);
    assert.deepEqual(readRecents('a,b'), []);
    assert.deepEqual(readRecents([['a', 'b'], ['a'], ['a', 'a'], ['b', 'a'], ['a', 7], ['1', '2', '3', '4', '5'], null, ['c', 'd']]), [
      ['a', 'b'],
      ['c', 'd'],
    ]);
    const many = Array.from({ length: 50 }, (_, i) => [`a${i}`, `b${i}`]);
    assert.equal(readRecents(many).length, RECENTS_LIMIT);
  });

  it('records path pages beside comparisons: a path by its two roles in order, Explore by its one role', () => {
    let list = addRecent([], ['a', 'b']);
    list = addRecent(list, ['a', 'b'], 'paths');
    list = addRecent(list, ['b', 'a'], 'paths');
    list = addRecent(list, ['a'], 'moves');
    assert.deepEqual(list, [
      { page: 'moves', roleIds: ['a'] },
      { page: 'paths', roleIds: ['b', 'a'] },
      { page: 'paths', roleIds: ['a', 'b'] },
      ['a', 'b'],
    ]);
    // The same path again moves to the top; the comparison of the same roles is another page.
    list = addRecent(list, ['a', 'b'], 'paths');
    assert.deepEqual(list.map(recentPage), ['paths', 'moves', 'paths', 'comparison']);
    assert.deepEqual(list.map(recentIds), [['a', 'b'], ['a'], ['b', 'a'], ['a', 'b']]);
  });

  it('refuses a path page with the wrong number of roles or the same role twice', () => {
    assert.deepEqual(addRecent([], ['a', 'b', 'c'], 'paths'), []);
    assert.deepEqual(addRecent([], ['a', 'a'], 'paths'), []);
    assert.deepEqual(addRecent([], ['a', 'b'], 'moves'), []);
    assert.deepEqual(addRecent([], [], 'moves'), []);
  });

  it('reads old plain lists as comparisons and path pages without trust', () => {
    const stored = [
      ['a', 'b'],
      { page: 'paths', roleIds: ['a', 'b'] },
      { page: 'paths', roleIds: ['a', 'b'] },
      { page: 'moves', roleIds: ['a'] },
      { page: 'moves', roleIds: ['a', 'b'] },
      { page: 'paths', roleIds: ['a', 'a'] },
      { page: 'comparison', roleIds: ['c', 'd'] },
      { page: 'paths', roleIds: 'a,b' },
      { page: 'moves', roleIds: [7] },
      { page: 'moves', roleIds: [''] },
      { roleIds: ['c'] },
      'moves',
    ];
    assert.deepEqual(readRecents(stored), [['a', 'b'], { page: 'paths', roleIds: ['a', 'b'] }, { page: 'moves', roleIds: ['a'] }]);
  });
});

describe('Favourites', () => {
  it('stars at the end and unstars in place', () => {
    let list = toggleFavourite([], 'a');
    list = toggleFavourite(list, 'b');
    list = toggleFavourite(list, 'c');
    assert.deepEqual(toggleFavourite(list, 'b'), ['a', 'c']);
  });

  it('reads stored state without trust', () => {
    assert.deepEqual(readFavourites({ a: 1 }), []);
    assert.deepEqual(readFavourites(['a', '', 3, 'a', 'b', null]), ['a', 'b']);
    assert.equal(readFavourites(Array.from({ length: FAVOURITES_LIMIT + 5 }, (_, i) => `r${i}`)).length, FAVOURITES_LIMIT);
  });
});
