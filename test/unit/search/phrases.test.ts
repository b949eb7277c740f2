// Finding job titles in free text for hover cards: longest phrase, case,
// whole words, punctuation, Unicode, overlapping titles, the one-word rule,
// hostile lines, and the real ~55,000 titles of the prebuilt index.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseSearchIndex } from '../../../src/search/indexFile';
import {
  buildIndexMatcher,
  buildPhraseMatcher,
  phraseAt,
  PHRASE_WINDOW_CHARS,
  rolesNamedIn,
  titlePhrases,
  type PhraseEntry,
  type PhraseMatcher,
} from '../../../src/search/phrases';

const own = (roleId: string, title: string): PhraseEntry => ({ roleId, title, own: true });
const alt = (roleId: string, title: string): PhraseEntry => ({ roleId, title, own: false });

const ENTRIES: PhraseEntry[] = [
  own('registered-nurses', 'Registered Nurses'),
  alt('registered-nurses', 'RN (Registered Nurse)'),
  alt('registered-nurses', 'Staff Nurse'),
  own('nurse-practitioners', 'Nurse Practitioners'),
  alt('nurse-practitioners', 'Certified Registered Nurse Practitioner'),
  own('electricians', 'Electricians'),
  alt('electricians', 'Wireman'),
  own('editors', 'Editors'),
  own('cooks', 'Cooks, Restaurant'),
  alt('cooks', 'Café Cook'),
  own('chefs', 'Chefs and Head Cooks'),
  alt('chefs', 'Café Cook'),
  own('managers', 'General and Operations Managers'),
  alt('managers', 'Manager'),
  alt('managers', 'Of Counsel'),
  alt('drivers', 'Driver/Sales Worker'),
  alt('senators', 'U.S. Senator (United States Senator)'),
  alt('rd', 'Research and Development Manager (R&D Manager)'),
];
const matcher = buildPhraseMatcher(ENTRIES);

/** The matched text and its first role, or undefined. */
function at(text: string, word: string, m: PhraseMatcher = matcher): [string, string] | undefined {
  const i = text.indexOf(word);
  assert.ok(i >= 0, `${word} is in the text`);
  const found = phraseAt(m, text, i);
  return found && [text.slice(found.start, found.end), found.roles[0].roleId];
}

describe('phrases: titles in free text', () => {
  it('finds a title in any case, folding plurals as search does', () => {
    assert.deepEqual(at('She is a registered nurse.', 'nurse'), ['registered nurse', 'registered-nurses']);
    assert.deepEqual(at('REGISTERED NURSES wanted', 'REGISTERED'), ['REGISTERED NURSES', 'registered-nurses']);
    assert.deepEqual(at('two Staff Nurses', 'Staff'), ['Staff Nurses', 'registered-nurses']);
  });

  it('prefers the longest phrase covering the position', () => {
    const text = 'a certified registered nurse practitioner today';
    assert.deepEqual(at(text, 'registered'), ['certified registered nurse practitioner', 'nurse-practitioners']);
    assert.deepEqual(at(text, 'practitioner'), ['certified registered nurse practitioner', 'nurse-practitioners']);
  });

  it('picks between overlapping titles by what the position covers', () => {
    const text = 'registered nurse practitioner';
    assert.deepEqual(at(text, 'registered'), ['registered nurse', 'registered-nurses']);
    assert.deepEqual(at(text, 'practitioner'), ['nurse practitioner', 'nurse-practitioners']);
    // "nurse" is in both, of two words each: the longer text wins.
    assert.deepEqual(at(text, 'nurse'), ['nurse practitioner', 'nurse-practitioners']);
    // Same words, same length: the one starting first.
    const tie = buildPhraseMatcher([own('ab', 'Alpha Beta'), own('bg', 'Betas Gamma')]);
    assert.deepEqual(at('alpha betas gamma', 'betas', tie), ['alpha betas', 'ab']);
  });

  it('matches whole words only', () => {
    assert.equal(at('unregistered nurses', 'nurses'), undefined);
    assert.equal(at('registered nursery', 'registered'), undefined);
    assert.equal(at('registered_nurse', 'registered'), undefined);
    assert.equal(at('electricians2', 'electricians'), undefined);
  });

  it('lets titles keep their own punctuation but not span sentences', () => {
    assert.deepEqual(at('Hiring: cooks, restaurant and bar', 'restaurant'), ['cooks, restaurant', 'cooks']);
    assert.deepEqual(at('a driver/sales worker', 'sales'), ['driver/sales worker', 'drivers']);
    assert.deepEqual(at('a registered-nurse role', 'nurse'), ['registered-nurse', 'registered-nurses']);
    assert.deepEqual(at('(registered nurse)', 'nurse'), ['registered nurse', 'registered-nurses']);
    assert.deepEqual(at('**registered nurse**', 'nurse'), ['registered nurse', 'registered-nurses']);
    assert.deepEqual(at('the R&D manager', 'manager'), ['R&D manager', 'rd']);
    assert.deepEqual(at('our U.S. Senator', 'Senator'), ['U.S. Senator', 'senators']);
    assert.equal(at('I registered. Nurses came', 'Nurses'), undefined);
    assert.equal(at('registered; nurse', 'nurse'), undefined);
    assert.equal(at('registered: nurse', 'registered'), undefined);
  });

  it('reads titles with a parenthesis as either part', () => {
    assert.deepEqual(titlePhrases('RN (Registered Nurse)'), ['RN  ', 'Registered Nurse']);
    assert.deepEqual(titlePhrases('Staff Nurse'), ['Staff Nurse']);
    assert.deepEqual(at('our United States Senator', 'Senator'), ['United States Senator', 'senators']);
    assert.deepEqual(at('RN (Registered Nurse) shift', 'Registered'), ['Registered Nurse', 'registered-nurses']);
    assert.equal(at('RN (Registered Nurse) shift', 'RN'), undefined);
  });

  it('folds accents and apostrophes, and reports UTF-16 offsets', () => {
    assert.deepEqual(at('👩‍⚕️ CAFÉ COOK 👩‍🍳', 'COOK'), ['CAFÉ COOK', 'chefs']);
    assert.deepEqual(at('a cafe cook', 'cafe'), ['cafe cook', 'chefs']);
    assert.deepEqual(at('a Cafe\u0301 cook', 'cook'), ['Cafe\u0301 cook', 'chefs']);
    assert.equal(at('регистрированная nurse', 'nurse'), undefined);
  });

  it('lists every role a shared title names, own titles first then by title', () => {
    const found = phraseAt(matcher, 'café cook', 0)!;
    assert.deepEqual(
      found.roles.map((r) => [r.roleId, r.own]),
      [
        ['chefs', false],
        ['cooks', false],
      ],
    );
    const titled = buildPhraseMatcher(ENTRIES, (id) => (id === 'cooks' ? 'A Cooks' : 'Z Chefs'));
    assert.deepEqual(
      phraseAt(titled, 'café cook', 0)!.roles.map((r) => r.roleId),
      ['cooks', 'chefs'],
    );
    const ownFirst = buildPhraseMatcher([alt('a', 'Line Cooks'), own('b', 'Line Cooks')]);
    assert.deepEqual(
      phraseAt(ownFirst, 'line cook', 0)!.roles.map((r) => [r.roleId, r.own]),
      [
        ['b', true],
        ['a', false],
      ],
    );
  });

  it('counts a one-word title only when it is an occupation title, as written there', () => {
    assert.deepEqual(at('call two electricians', 'electricians'), ['electricians', 'electricians']);
    assert.deepEqual(at('Editors meet', 'Editors'), ['Editors', 'editors']);
    assert.equal(at('an electrician', 'electrician'), undefined); // singular: a word, not the occupation's title
    assert.equal(at('open the editor', 'editor'), undefined);
    assert.equal(at('the manager said', 'manager'), undefined); // one-word alternate title
    assert.equal(at('a wireman', 'wireman'), undefined);
    assert.equal(at('an RN', 'RN'), undefined);
    assert.equal(at('of counsel', 'counsel'), undefined); // one meaningful word, not an occupation title
    assert.deepEqual(at('general and operations managers', 'operations'), ['general and operations managers', 'managers']);
  });

  it('answers nothing off a title, out of range or on an empty line', () => {
    assert.equal(at('nothing to see here', 'see'), undefined);
    assert.equal(phraseAt(matcher, '', 0), undefined);
    assert.equal(phraseAt(matcher, 'registered nurse', -1), undefined);
    assert.equal(phraseAt(matcher, 'registered nurse', 16), undefined);
    assert.deepEqual(at('registered nurse', ' '), ['registered nurse', 'registered-nurses']); // a phrase spans its gaps
  });

  it('reads only a window of a hostile line, however long', () => {
    const filler = 'lorem '.repeat(200_000);
    const line = `${filler}registered nurse ${filler}`;
    const i = filler.length + 3;
    const found = phraseAt(matcher, line, i)!;
    assert.deepEqual([found.start, found.end], [filler.length, filler.length + 'registered nurse'.length]);
    const oneWord = 'x'.repeat(2_000_000);
    assert.equal(phraseAt(matcher, oneWord, 1_000_000), undefined);
    // A word cut by the window's edge is not read as a shorter word.
    const edge = `${'a'.repeat(PHRASE_WINDOW_CHARS)}electricians`;
    assert.equal(phraseAt(matcher, edge, 0), undefined);
    const deep = '('.repeat(100_000) + 'registered nurse' + ')'.repeat(100_000);
    assert.ok(phraseAt(matcher, deep, 100_000 + 3));
  });

  it('never fails on random text', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const alphabet = [
      'registered',
      'nurse',
      'Nurses',
      ' ',
      '.',
      ',',
      '-',
      '(',
      ')',
      'é',
      '\u0301',
      '👩‍⚕️',
      '\uD800',
      'cook',
      'café',
      'R&D',
      'manager',
    ];
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const i = Math.floor(random() * text.length);
      const found = phraseAt(matcher, text, i);
      if (found) assert.ok(found.start <= i && i < found.end && found.roles.length > 0, JSON.stringify({ text, i }));
    }
  });
});

describe('phrases: the real titles of the prebuilt index', () => {
  const root = path.join(__dirname, '..', '..', '..', '..');
  const index = parseSearchIndex('search-index.json', readFileSync(path.join(root, 'data', 'generated', 'search-index.json'), 'utf8'));
  const real = buildIndexMatcher(index);
  const roleAt = (text: string, word: string) => at(text, word, real);

  it('holds every title', () => {
    assert.ok(index.size > 50_000);
    assert.ok(real.phrases > 40_000, `${real.phrases} phrases`); // distinct once folded
  });

  it('finds "registered nurse" as Registered Nurses', () => {
    assert.deepEqual(roleAt('I work as a registered nurse in Ohio.', 'nurse'), ['registered nurse', 'registered-nurses']);
    assert.deepEqual(roleAt('Software developers write code', 'developers'), ['Software developers', 'software-developers']);
  });

  it('leaves common single words alone', () => {
    for (const word of ['manager', 'nurse', 'analyst', 'model', 'editor', 'teacher', 'the', 'and']) {
      assert.equal(roleAt(`a ${word} here`, word), undefined, word);
    }
  });

  it('lists the roles a screen of lines names, each once, in order, up to a limit (read before the first hover)', () => {
    const lines = ['# Notes', 'Talked with a registered nurse and two electricians.', 'The registered nurses agreed; a manager did not.'];
    assert.deepEqual(rolesNamedIn(real, lines, 8), ['registered-nurses', 'electricians']);
    assert.deepEqual(rolesNamedIn(real, lines, 1), ['registered-nurses']);
    assert.deepEqual(rolesNamedIn(real, ['nothing here', ''], 8), []);
  });

  it('only names roles of the parts it is given', () => {
    const accept = (id: string) => id !== 'registered-nurses';
    const found = phraseAt([{ matcher: real, accept }], 'registered nurse', 0);
    assert.ok(!found || found.roles.every((r) => r.roleId !== 'registered-nurses'));
    const mine = buildPhraseMatcher([own('mine', 'Registered Nurses')]);
    assert.equal(phraseAt([{ matcher: mine }, { matcher: real, accept }], 'registered nurse', 0)!.roles[0].roleId, 'mine');
  });
});
