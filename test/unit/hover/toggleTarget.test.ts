import * as assert from 'node:assert/strict';
import { toggleTarget } from '../../../src/hover/toggleTarget';

describe('Toggle Job Title Hovers: where the toggle writes', () => {
  it('off by default: turning on writes the user setting for all languages', () => {
    assert.deepEqual(toggleTarget({ defaultValue: false }, true), { now: false, write: { scope: 'global', language: false } });
    assert.deepEqual(toggleTarget(undefined, true), { now: false, write: { scope: 'global', language: false } });
  });

  it('a language value wins over a plain one at a narrower scope, so the language value is the one toggled', () => {
    const layers = { defaultValue: false, workspaceValue: false, globalLanguageValue: true };
    assert.deepEqual(toggleTarget(layers, true), { now: true, write: { scope: 'global', language: true } });
  });

  it('the narrowest plain layer set is toggled when no language value is', () => {
    assert.deepEqual(toggleTarget({ defaultValue: false, globalValue: true, workspaceValue: false }, true), {
      now: false,
      write: { scope: 'workspace', language: false },
    });
    assert.deepEqual(toggleTarget({ globalValue: true, workspaceFolderValue: true }, true), {
      now: true,
      write: { scope: 'workspaceFolder', language: false },
    });
  });

  it('an extension default for the language is overridden in user settings for that language', () => {
    assert.deepEqual(toggleTarget({ defaultValue: true, defaultLanguageValue: false }, true), {
      now: false,
      write: { scope: 'global', language: true },
    });
  });

  it('without an editor of a hover language, language values are not read', () => {
    assert.deepEqual(toggleTarget({ globalValue: true, globalLanguageValue: false }, false), {
      now: true,
      write: { scope: 'global', language: false },
    });
  });

  it('anything but true is off', () => {
    assert.equal(toggleTarget({ globalValue: 'yes' }, true).now, false);
    assert.equal(toggleTarget({ globalValue: 1 }, true).now, false);
  });
});
