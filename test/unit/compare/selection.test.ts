import * as assert from 'node:assert/strict';
import { addRole, removeColumn, replaceColumn, selectionProblem, swapSides } from '../../../src/compare/selection';
import { MAX_ROLES } from '../../../src/limits';

describe('column selection rules', () => {
  it('adds a role as the last column, up to four', () => {
    assert.equal(MAX_ROLES, 4);
    assert.deepEqual(addRole(['a'], 'b'), { ok: true, roleIds: ['a', 'b'] });
    assert.deepEqual(addRole(['a', 'b', 'c'], 'd'), { ok: true, roleIds: ['a', 'b', 'c', 'd'] });
  });

  it('refuses a fifth role, saying to remove one first', () => {
    const full = addRole(['a', 'b', 'c', 'd'], 'e');
    assert.equal(full.ok, false);
    assert.match((full as { reason: string }).reason, /at most 4 roles; remove one first/);
  });

  it('refuses a role already shown and names its column (even when full)', () => {
    for (const ids of [
      ['a', 'b'],
      ['a', 'b', 'c', 'd'],
    ]) {
      const dup = addRole(ids, 'b');
      assert.deepEqual(dup, { ok: false, reason: 'it is already column 2', shownAt: 1 });
    }
  });

  it('removes any column but never the last one', () => {
    assert.deepEqual(removeColumn(['a', 'b', 'c'], 1), { ok: true, roleIds: ['a', 'c'] });
    assert.deepEqual(removeColumn(['a', 'b'], 0), { ok: true, roleIds: ['b'] });
    assert.deepEqual(removeColumn(['a'], 0), { ok: false, reason: 'a comparison keeps at least one role' });
    assert.deepEqual(removeColumn(['a', 'b'], 2), { ok: false, reason: 'there is no column 3' });
    assert.equal(removeColumn(['a', 'b'], -1).ok, false);
    assert.equal(removeColumn(['a', 'b'], 0.5).ok, false);
  });

  it('replaces a column, and a role shown elsewhere trades places instead of appearing twice', () => {
    assert.deepEqual(replaceColumn(['a', 'b', 'c'], 1, 'x'), { ok: true, roleIds: ['a', 'x', 'c'] });
    assert.deepEqual(replaceColumn(['a', 'b', 'c'], 0, 'c'), { ok: true, roleIds: ['c', 'b', 'a'] });
    assert.deepEqual(replaceColumn(['a', 'b'], 1, 'b'), { ok: true, roleIds: ['a', 'b'] });
    assert.equal(replaceColumn(['a', 'b'], 5, 'x').ok, false);
  });

  it('swaps sides of exactly two roles only', () => {
    assert.deepEqual(swapSides(['a', 'b']), { ok: true, roleIds: ['b', 'a'] });
    assert.equal(swapSides(['a']).ok, false);
    assert.match((swapSides(['a', 'b', 'c']) as { reason: string }).reason, /exactly two roles, not 3/);
  });

  it('never produces a list the limit or the duplicate rule would refuse', () => {
    const pool = ['a', 'b', 'c', 'd', 'e'];
    let ids = ['a'];
    // A deterministic walk through every operation.
    for (let step = 0; step < 200; step++) {
      const role = pool[(step * 7) % pool.length];
      const column = (step * 3) % 5;
      const ops = [addRole(ids, role), removeColumn(ids, column), replaceColumn(ids, column, role), swapSides(ids)];
      const outcome = ops[step % ops.length];
      if (outcome.ok) ids = outcome.roleIds;
      assert.equal(selectionProblem(ids), undefined, JSON.stringify(ids));
    }
    assert.match(selectionProblem([])!, /1 to 4 roles, not 0/);
    assert.match(selectionProblem(['a', 'a'])!, /twice/);
  });

  it('returns new lists and leaves the given one alone', () => {
    const ids = Object.freeze(['a', 'b']) as readonly string[];
    const added = addRole(ids, 'c');
    assert.ok(added.ok && added.roleIds !== ids);
    assert.deepEqual(ids, ['a', 'b']);
  });
});
