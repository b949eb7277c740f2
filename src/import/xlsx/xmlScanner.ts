// A small XML reader for the parts of a spreadsheet (.xlsx): text is fed in
// pieces as it unpacks, and elements and text are handed on as they close,
// so a worksheet of hundreds of MB is never held whole. It reads only what
// a workbook needs and refuses the rest: no DOCTYPE and so no entity
// definitions (no "billion laughs", no external entities), only XML's five
// named entities and character references, a cap on one tag or text and on
// nesting depth. Names are read without their namespace prefix ("x:row" is
// "row"). Pure: no `vscode`, no Node APIs.
import { LIMITS } from '../../limits';

/** What the scanner found wrong; the caller names the file and part. */
export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlError';
  }
}

export interface XmlHandler {
  /** An element opens; `attributes` by local name. A self-closing element is followed by its close at once. */
  open(name: string, attributes: ReadonlyMap<string, string>): void;
  close(name: string): void;
  /** Character data between tags (entities decoded), CDATA as it is. */
  text(text: string): void;
}

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** A character XML allows (its Char production). */
function allowed(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Text with XML's five named entities and character references decoded; anything else is refused. */
export function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&([^;&\s]{1,32});|&/g, (_match, name: string | undefined) => {
    if (name === undefined) throw new XmlError('a bare "&" (not an entity reference)');
    const named = NAMED[name];
    if (named !== undefined) return named;
    const numeric = /^#x([0-9a-fA-F]{1,6})$/.exec(name) ?? /^#([0-9]{1,7})$/.exec(name);
    if (numeric) {
      const code = parseInt(numeric[1], name[1] === 'x' ? 16 : 10);
      if (!allowed(code)) throw new XmlError(`the character reference "&${name};" is not a character XML allows`);
      return String.fromCodePoint(code);
    }
    throw new XmlError(`the entity "&${name};" is not defined (only XML's own five and character references are read)`);
  });
}

const localName = (qualified: string) => qualified.slice(qualified.indexOf(':') + 1);

const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();

/** A tag's attributes by local name. A plain exec loop: a worksheet has millions of tags, most with none. */
function attributesOf(body: string): ReadonlyMap<string, string> {
  if (!body.includes('=')) return NO_ATTRIBUTES;
  const out = new Map<string, string>();
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(body); m !== null; m = ATTRIBUTE.exec(body)) out.set(localName(m[1]), decodeEntities(m[2] ?? m[3]));
  return out;
}

const GT = 0x3e;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

/** Where a tag that starts at `from` ends (just past its ">"), quotes respected; -1 when the text ends first. */
function tagEnd(text: string, from: number): number {
  let quote = 0;
  for (let at = from + 1; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) quote = c;
    else if (c === GT) return at + 1;
  }
  return -1;
}

export class XmlScanner {
  private buffer = '';
  private readonly open: string[] = [];
  private seenRoot = false;

  constructor(
    private readonly handler: XmlHandler,
    private readonly maxToken: number = LIMITS.xmlTokenChars,
    private readonly maxDepth: number = LIMITS.xmlDepth,
  ) {}

  /** Reads the next piece of text; a tag or text cut at the piece's end waits for the next. */
  write(piece: string): void {
    const text = this.buffer + piece;
    let at = 0;
    while (at < text.length) {
      const lt = text.indexOf('<', at);
      if (lt === -1) break;
      if (lt > at) this.characters(text.slice(at, lt));
      const end = this.markupEnd(text, lt);
      if (end === -1) {
        at = lt;
        break;
      }
      this.markup(text.slice(lt, end));
      at = end;
    }
    this.buffer = text.slice(at);
    if (this.buffer.length > this.maxToken) {
      throw new XmlError(`a tag or text of more than ${this.maxToken.toLocaleString('en-US')} characters`);
    }
  }

  /** The text is all read: every element must be closed. */
  end(): void {
    if (this.buffer.trim() !== '') throw new XmlError('the XML ends in the middle of a tag or text');
    if (this.open.length > 0) throw new XmlError(`the XML ends before </${this.open[this.open.length - 1]}>`);
    if (!this.seenRoot) throw new XmlError('no XML element found');
  }

  private characters(raw: string): void {
    if (this.open.length === 0) {
      if (raw.trim() !== '') throw new XmlError('text outside the root element');
      return;
    }
    this.handler.text(decodeEntities(raw));
  }

  /** Where the markup starting at `lt` ends, or -1 when more text is needed. */
  private markupEnd(text: string, lt: number): number {
    const next = text.charCodeAt(lt + 1);
    // "<" then neither "!" nor "?": an element's tag, by far the most common.
    if (next !== 0x21 && next !== 0x3f) return tagEnd(text, lt);
    if (text.startsWith('<!--', lt)) return after(text, '-->', lt + 4);
    if (text.startsWith('<![CDATA[', lt)) return after(text, ']]>', lt + 9);
    if (text.startsWith('<?', lt)) return after(text, '?>', lt + 2);
    if (text[lt + 1] === '!') {
      // Wait until "<!--" or "<![CDATA[" could be told from a declaration.
      if (text.length - lt < 9) return -1;
      throw new XmlError('a DOCTYPE or other declaration: refused (a workbook part has none; entity definitions are never read)');
    }
    return tagEnd(text, lt);
  }

  private markup(token: string): void {
    const next = token[1];
    if (next === '!' && !token.startsWith('<![CDATA[')) return; // a comment: declarations never get here
    if (next === '?') return;
    if (next === '!') {
      if (this.open.length === 0) throw new XmlError('CDATA outside the root element');
      this.handler.text(token.slice(9, -3));
      return;
    }
    if (next === '/') {
      const name = localName(token.slice(2, -1).trim());
      const expected = this.open.pop();
      if (expected !== name) throw new XmlError(`</${name}> closes ${expected === undefined ? 'nothing' : `<${expected}>`}`);
      this.handler.close(name);
      return;
    }
    const selfClosing = token.endsWith('/>');
    const body = token.slice(1, selfClosing ? -2 : -1);
    const qualified = /^[^\s/>]+/.exec(body)?.[0];
    if (!qualified) throw new XmlError(`a tag without a name: "${token.slice(0, 40)}"`);
    if (this.open.length === 0 && this.seenRoot) throw new XmlError('a second root element');
    const name = localName(qualified);
    this.seenRoot = true;
    if (this.open.length >= this.maxDepth) throw new XmlError(`elements nested more than ${this.maxDepth} deep`);
    this.handler.open(name, attributesOf(body.slice(qualified.length)));
    if (selfClosing) this.handler.close(name);
    else this.open.push(name);
  }
}

/** Just past the first `end` at or after `from`, or -1. */
function after(text: string, end: string, from: number): number {
  const at = text.indexOf(end, from);
  return at === -1 ? -1 : at + end.length;
}
