import * as assert from 'node:assert/strict';
import { addRecent, FAVOURITES_LIMIT, readFavourites, readRecents, RECENTS_LIMIT, toggleFavourite } from '../../../src/browse/lists';

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
    let list: string[][] = [];
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
