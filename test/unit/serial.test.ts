import * as assert from 'node:assert/strict';
import { Serial } from '../../src/util/serial';

describe('Serial: async tasks one after another', () => {
  it('starts each task after the one before has finished, in call order', async () => {
    const serial = new Serial();
    const log: string[] = [];
    const task = (name: string, ms: number) => () =>
      new Promise<string>((resolve) => {
        log.push(`start ${name}`);
        setTimeout(() => {
          log.push(`end ${name}`);
          resolve(name);
        }, ms);
      });
    const results = await Promise.all([serial.run(task('a', 30)), serial.run(task('b', 1)), serial.run(task('c', 10))]);
    assert.deepEqual(results, ['a', 'b', 'c']);
    assert.deepEqual(log, ['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('runs the next task after a failure, and gives the failure to its caller', async () => {
    const serial = new Serial();
    const failed = serial.run(() => Promise.reject(new Error('no')));
    const next = serial.run(() => Promise.resolve('yes'));
    await assert.rejects(failed, /no/);
    assert.equal(await next, 'yes');
  });
});
