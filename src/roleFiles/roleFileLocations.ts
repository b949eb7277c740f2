// Where in a role file's text each problem is: the loader's problems (the
// same validation as the bundled files) mapped to offsets in one pass of
// jsonc-parser's visitor, so an editor can underline the bad value itself.
// Pure and total: a problem that cannot be placed more exactly points at the
// start of the file.
import { printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser';
import { LIMITS } from '../limits';
import { jsonShapeProblem } from '../model/jsonDepth';
import type { RoleProblem } from '../model/loadRoles';
import { quote } from '../util/safeText';
import { findPlaces, placeOf, type Places, type Segment, type TextRange } from './jsonPlaces';

export type { TextRange } from './jsonPlaces';

export interface LocatedProblem extends TextRange {
  message: string;
}

/** 0-based line and character, as an editor's Position. */
export interface Position {
  line: number;
  character: number;
}

const SYNTAX_OPTIONS = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/** What a JSON syntax error means, in words (jsonc-parser gives a code). */
const SYNTAX: Readonly<Record<string, string>> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'not a valid number',
  PropertyNameExpected: 'a field name in double quotes is expected here',
  ValueExpected: 'a value is expected here',
  ColonExpected: 'a colon is expected here',
  CommaExpected: 'a comma is expected here',
  CloseBraceExpected: 'a closing brace } is expected here',
  CloseBracketExpected: 'a closing bracket ] is expected here',
  EndOfFileExpected: 'nothing may follow the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in role files',
  UnexpectedEndOfComment: 'comments are not allowed in role files',
  UnexpectedEndOfString: 'the text is not closed with a double quote',
  UnexpectedEndOfNumber: 'the number is incomplete',
  InvalidUnicode: 'not a valid \\u escape',
  InvalidEscapeCharacter: 'not a valid escape after a backslash',
  InvalidCharacter: 'a control character (such as a line break) inside text',
};

/** "skills.items[0].name" → ["skills", "items", 0, "name"] (the loader's field notation). */
export function fieldPath(field: string | undefined): Segment[] {
  if (!field || field === '(role)') return [];
  const path: Segment[] = [];
  for (const part of field.split('.')) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) {
      path.push(part);
      continue;
    }
    if (match[1]) path.push(match[1]);
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
  }
  return path;
}

/** The whole line `line` (1-based) of the text. */
function lineRange(text: string, line: number): TextRange {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf('\n', start);
    if (next < 0) break;
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return { start, end: end < 0 ? text.length : end };
}

/** The path in the file of what a loader problem is about. */
export function problemPath(problem: RoleProblem): Segment[] {
  const inRole = fieldPath(problem.field);
  return problem.index !== undefined ? ['roles', problem.index, ...inRole] : inRole;
}

/** The first syntax error as a located problem, or undefined when jsonc-parser finds none. Builds no tree. */
export function syntaxProblem(text: string): LocatedProblem | undefined {
  let first: { error: ParseErrorCode; offset: number; length: number } | undefined;
  visit(text, { onError: (error, offset, length) => void (first ??= { error, offset, length }) }, SYNTAX_OPTIONS);
  if (!first) return undefined;
  const what = SYNTAX[printParseErrorCode(first.error)] ?? 'not valid JSON';
  return { start: first.offset, end: first.offset + Math.max(1, first.length), message: `not valid JSON: ${what}` };
}

function locate(text: string, places: Places | undefined, problem: RoleProblem): TextRange {
  if (problem.offset !== undefined) {
    const found = places?.atOffset.get(problem.offset);
    if (found) return found;
    // Nothing was parsed (nesting too deep): the offset itself.
    if (!places) return { start: problem.offset, end: Math.min(text.length, problem.offset + 1) };
  }
  // Problems found in the text itself (not UTF-8) have a line and nothing else.
  if (!places || (problem.line !== undefined && problem.field === undefined)) return lineRange(text, problem.line ?? 1);
  return placeOf(places, problemPath(problem), problem.key) ?? lineRange(text, 1);
}

const isSyntax = (problem: RoleProblem) => problem.message.startsWith('not valid JSON');

/**
 * Places each problem of one file in its text. A file that is not JSON gets
 * its syntax error's place (the loader stops there too); every other problem
 * gets the range of the value, field or key it names. One pass over the text,
 * recording only what the problems name: no tree of the whole file is built,
 * and a clean file is not read at all.
 */
export function locateProblems(text: string, problems: readonly RoleProblem[]): LocatedProblem[] {
  if (problems.length === 0) return [];
  // jsonc-parser recurses per level: text nested past the limit is never handed to it.
  const parsable = jsonShapeProblem(text, LIMITS.jsonDepth, LIMITS.jsonValues) === undefined;
  const syntax = parsable && problems.some(isSyntax) ? syntaxProblem(text) : undefined;
  const needsPlaces = parsable && !syntax && problems.some((p) => p.offset !== undefined || p.field !== undefined || p.line === undefined);
  const places = needsPlaces
    ? findPlaces(
        text,
        problems.map((p) => ({ path: problemPath(p), key: p.key, offset: p.offset })),
      )
    : undefined;
  return problems.map((problem) => {
    if (syntax && isSyntax(problem)) return syntax;
    const where = [problem.role ? `role ${quote(problem.role)}` : '', problem.field ? `field ${quote(problem.field)}` : '']
      .filter(Boolean)
      .join(', ');
    const message = where ? `${where}: ${problem.message}` : problem.message;
    return { ...locate(text, places, problem), message };
  });
}

/** 0-based line and character of an offset (what an editor's Position wants). */
export function positionAt(text: string, offset: number): Position {
  return positionsAt(text, [offset])[0];
}

/**
 * The positions of many offsets in one walk over the text: the offsets are
 * sorted, and each line break is looked at once, however many problems a
 * file has (one positionAt per problem walked the text again each time).
 */
export function positionsAt(text: string, offsets: readonly number[]): Position[] {
  const order = offsets.map((_, i) => i).sort((a, b) => offsets[a] - offsets[b]);
  const out: Position[] = Array.from({ length: offsets.length });
  let line = 0;
  let lineStart = 0;
  let next = text.indexOf('\n');
  for (const i of order) {
    const offset = offsets[i];
    while (next >= 0 && next < offset) {
      line++;
      lineStart = next + 1;
      next = text.indexOf('\n', lineStart);
    }
    out[i] = { line, character: offset - lineStart };
  }
  return out;
}
