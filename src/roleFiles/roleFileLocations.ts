// Where in a role file's text each problem is: the loader's problems (the
// same validation as the bundled files) mapped to offsets with jsonc-parser's
// tree, so an editor can underline the bad value itself. Pure and total: a
// problem that cannot be placed more exactly points at the start of the file.
import { findNodeAtLocation, findNodeAtOffset, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { quote } from '../util/safeText';
import type { RoleProblem } from '../model/loadRoles';

export interface TextRange {
  /** 0-based offsets into the text, `end` exclusive. */
  start: number;
  end: number;
}

export interface LocatedProblem extends TextRange {
  message: string;
}

type Segment = string | number;

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

/** A value's range; a multi-line object or array is marked by its field name, or its opening bracket. */
function markOf(node: Node): TextRange {
  if (node.type !== 'object' && node.type !== 'array') return { start: node.offset, end: node.offset + node.length };
  const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  if (key) return { start: key.offset, end: key.offset + key.length };
  return { start: node.offset, end: node.offset + 1 };
}

/** The field name `key` of an object node (an unknown field). */
function keyOf(node: Node, key: string): TextRange | undefined {
  if (node.type !== 'object') return undefined;
  for (const property of node.children ?? []) {
    const name = property.children?.[0];
    if (name?.value === key) return { start: name.offset, end: name.offset + name.length };
  }
  return undefined;
}

/** The deepest node on `path` that exists (a missing field is placed at the object that lacks it). */
function deepest(root: Node, path: readonly Segment[]): { node: Node; whole: boolean } {
  for (let n = path.length; n > 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n));
    if (node) return { node, whole: n === path.length };
  }
  return { node: root, whole: path.length === 0 };
}

/** The path in the file of what a loader problem is about. */
export function problemPath(problem: RoleProblem): Segment[] {
  const inRole = fieldPath(problem.field);
  return problem.index !== undefined ? ['roles', problem.index, ...inRole] : inRole;
}

function locate(text: string, root: Node | undefined, problem: RoleProblem): TextRange {
  if (root && problem.offset !== undefined) {
    const node = findNodeAtOffset(root, problem.offset);
    if (node) return { start: node.offset, end: node.offset + node.length };
  }
  // Problems found in the text itself (not UTF-8) have a line and nothing else.
  if (!root || (problem.line !== undefined && problem.field === undefined)) return lineRange(text, problem.line ?? 1);
  const { node, whole } = deepest(root, problemPath(problem));
  if (whole && problem.key !== undefined) return keyOf(node, problem.key) ?? markOf(node);
  return markOf(node);
}

/** The first syntax error as a located problem, or undefined when jsonc-parser finds none. */
export function syntaxProblem(text: string): LocatedProblem | undefined {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return undefined;
  const what = SYNTAX[printParseErrorCode(first.error)] ?? 'not valid JSON';
  return { start: first.offset, end: first.offset + Math.max(1, first.length), message: `not valid JSON: ${what}` };
}

/**
 * Places each problem of one file in its text. A file that is not JSON gets
 * its syntax error's place (the loader stops there too); every other problem
 * gets the range of the value, field or key it names.
 */
export function locateProblems(text: string, problems: readonly RoleProblem[]): LocatedProblem[] {
  const syntax = problems.some((p) => p.message.startsWith('not valid JSON')) ? syntaxProblem(text) : undefined;
  const root = syntax ? undefined : parseTree(text, [], { disallowComments: true });
  return problems.map((problem) => {
    if (syntax && problem.message.startsWith('not valid JSON')) return syntax;
    const where = [problem.role ? `role ${quote(problem.role)}` : '', problem.field ? `field ${quote(problem.field)}` : '']
      .filter(Boolean)
      .join(', ');
    const message = where ? `${where}: ${problem.message}` : problem.message;
    return { ...locate(text, root, problem), message };
  });
}

/** 0-based line and character of an offset (what an editor's Position wants). */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}
