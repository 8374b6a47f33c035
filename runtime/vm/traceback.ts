/**
 * Printing an uncaught exception as CPython 3.12's default excepthook
 * does: the chain of __cause__ / __context__ exceptions, each with its
 * "Traceback (most recent call last):" block, source lines read through the
 * Host, the caret line computed from co_positions (with ~ and ^ anchors for
 * binary operators and subscripts, found by parsing the failing segment as
 * Python/traceback.c does), "[Previous line repeated N more times]", and the
 * final "Type: message" line.
 */

import { PyObject } from '../objects/object';
import { typeData, td } from '../objects/typeobject';
import { excData, type TbEntry } from '../objects/exceptions';
import type { CodeObject } from '../objects/code';
import { str, repr, qualnameOf } from '../objects/abstract';
import { PyErr } from '../objects/errors';
import { syntaxDiagnostics } from '../import/syntaxErrorObject';
import { formatSyntaxError } from './syntaxErrorText';
import { dictGetStr } from '../objects/dict';
import { isStr } from '../objects/str';
import { iterToArray } from '../objects/abstract';
import { decref } from '../objects/object';
// The exception types with fields, exception groups and traceback objects install themselves on load.
import '../objects/excAttrs';
import '../objects/excGroup';
import '../objects/tracebackobject';

/** A parsed expression's anchors, from the parser when available (see setAnchorFinder). */
export type AnchorFinder = (segment: string) => { kind: 'binop'; leftEnd: number; rightStart: number } | { kind: 'subscript'; valueEnd: number; sliceEnd: number } | null;

let anchorFinder: AnchorFinder | null = null;
export function setAnchorFinder(f: AnchorFinder | null): void {
  anchorFinder = f;
}

const TB_RECURSIVE_CUTOFF = 3;

export function formatException(exc: PyObject, readFile: (path: string) => string | null): string {
  const ctx: PrintContext = { seen: new Set<PyObject>(), depth: 0, needClose: false, readFile };
  return formatTE(exc, ctx);
}

/** traceback._ExceptionPrintContext: the nesting of exception groups being printed. */
interface PrintContext {
  seen: Set<PyObject>;
  depth: number;
  needClose: boolean;
  readFile: (path: string) => string | null;
}

const CAUSE_MESSAGE = '\nThe above exception was the direct cause of the following exception:\n\n';
const CONTEXT_MESSAGE = '\nDuring handling of the above exception, another exception occurred:\n\n';
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** _ExceptionPrintContext.emit: every line (blank ones too) gets the group indent and margin. */
function emit(ctx: PrintContext, text: string, margin = '|'): string {
  if (ctx.depth === 0 || text === '') return text;
  const ind = ' '.repeat(2 * ctx.depth) + margin + ' ';
  return text.split(/(?<=\n)/).map((l) => ind + l).join('');
}

function isGroup(exc: PyObject): boolean {
  return td(exc.ob_type).tp_mro.some((t) => td(t).tp_name === 'BaseExceptionGroup' && td(t).tp_module === 'builtins');
}

/** TracebackException.format: the chain oldest first, groups boxed with their members. */
function formatTE(top: PyObject, ctx: PrintContext): string {
  const chain: [string | null, PyObject][] = [];
  for (let e: PyObject | null = top; e !== null;) {
    ctx.seen.add(e);
    const d = excData(e);
    let msg: string | null = null, next: PyObject | null = null;
    if (d.cause !== null && !ctx.seen.has(d.cause)) {
      msg = CAUSE_MESSAGE;
      next = d.cause;
    } else if (d.context !== null && !d.suppressContext && !ctx.seen.has(d.context)) {
      msg = CONTEXT_MESSAGE;
      next = d.context;
    }
    chain.push([msg, e]);
    e = next;
  }
  let out = '';
  for (let i = chain.length - 1; i >= 0; i--) {
    const [msg, exc] = chain[i];
    const d = excData(exc);
    if (msg !== null) out += emit(ctx, msg);
    if (!isGroup(exc)) {
      if (d.traceback.length > 0) {
        out += emit(ctx, 'Traceback (most recent call last):\n');
        out += emit(ctx, formatEntries(d.traceback.slice().reverse(), ctx.readFile));
      }
      out += emit(ctx, formatExceptionOnly(exc));
      continue;
    }
    if (ctx.depth > MAX_GROUP_DEPTH) {
      out += emit(ctx, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
      continue;
    }
    const toplevel = ctx.depth === 0;
    if (toplevel) ctx.depth++;
    if (d.traceback.length > 0) {
      out += emit(ctx, 'Exception Group Traceback (most recent call last):\n', toplevel ? '+' : '|');
      out += emit(ctx, formatEntries(d.traceback.slice().reverse(), ctx.readFile));
    }
    out += emit(ctx, formatExceptionOnly(exc));
    const members = (d.fields?.get('exceptions')?.a as PyObject[] | undefined) ?? [];
    const n = members.length <= MAX_GROUP_WIDTH ? members.length : MAX_GROUP_WIDTH + 1;
    ctx.needClose = false;
    for (let k = 0; k < n; k++) {
      const last = k === n - 1;
      if (last) ctx.needClose = true;
      const truncated = k >= MAX_GROUP_WIDTH;
      out += ' '.repeat(2 * ctx.depth) + (k === 0 ? '+-' : '  ') + `+---------------- ${truncated ? '...' : k + 1} ----------------\n`;
      ctx.depth++;
      if (!truncated) out += formatTE(members[k], ctx);
      else {
        const rest = members.length - MAX_GROUP_WIDTH;
        out += emit(ctx, `and ${rest} more exception${rest > 1 ? 's' : ''}\n`);
      }
      if (last && ctx.needClose) {
        out += ' '.repeat(2 * ctx.depth) + '+------------------------------------\n';
        ctx.needClose = false;
      }
      ctx.depth--;
    }
    if (toplevel) ctx.depth = 0;
  }
  return out;
}

function formatEntries(entries: TbEntry[], readFile: (path: string) => string | null): string {
  let out = '';
  let lastFile: string | null = null, lastLine = -1, lastName: string | null = null;
  let cnt = 0;
  const cache = new Map<string, string[] | null>();
  for (const e of entries) {
    const co = e.code.a as CodeObject;
    if (lastFile === null || co.co_filename !== lastFile || e.lineno !== lastLine || co.co_name !== lastName) {
      if (cnt > TB_RECURSIVE_CUTOFF) out += repeated(cnt);
      lastFile = co.co_filename;
      lastLine = e.lineno;
      lastName = co.co_name;
      cnt = 0;
    }
    cnt++;
    if (cnt <= TB_RECURSIVE_CUTOFF) out += displayLine(e, co, readFile, cache);
  }
  if (cnt > TB_RECURSIVE_CUTOFF) out += repeated(cnt);
  return out;
}

function repeated(cnt: number): string {
  const n = cnt - TB_RECURSIVE_CUTOFF;
  return `  [Previous line repeated ${n} more time${n > 1 ? 's' : ''}]\n`;
}

function sourceLine(file: string, lineno: number, readFile: (path: string) => string | null, cache: Map<string, string[] | null>): string | null {
  if (file.startsWith('<') && file.endsWith('>')) return null;
  let lines = cache.get(file);
  if (lines === undefined) {
    const text = readFile(file);
    lines = text === null ? null : text.split(/\r\n|\n|\r/);
    cache.set(file, lines);
  }
  if (lines === null || lineno < 1 || lineno > lines.length) return null;
  return lines[lineno - 1];
}

const isWs = (c: string) => c === ' ' || c === '\t' || c === '\f';

/** Converts a UTF-8 byte offset within `line` to a character offset. */
function byteToChar(line: string, byteOffset: number): number {
  let bytes = 0;
  let i = 0;
  for (const ch of line) {
    if (bytes >= byteOffset) return i;
    const c = ch.codePointAt(0)!;
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    i++;
  }
  return i;
}

function displayLine(e: TbEntry, co: CodeObject, readFile: (path: string) => string | null, cache: Map<string, string[] | null>): string {
  let out = `  File "${co.co_filename}", line ${e.lineno}, in ${co.co_name}\n`;
  const line = sourceLine(co.co_filename, e.lineno, readFile, cache);
  if (line === null) return out;
  const chars = [...line];
  let lead = 0;
  while (lead < chars.length && isWs(chars[lead])) lead++;
  const stripped = chars.slice(lead).join('');
  out += '    ' + stripped + '\n';
  const p = co.positions;
  const startLine = p[e.instr * 4], endLine = p[e.instr * 4 + 1], startCol = p[e.instr * 4 + 2], endCol = p[e.instr * 4 + 3];
  if (startLine < 0 || endLine < 0 || startCol < 0 || endCol < 0) return out;
  const start = byteToChar(line, startCol);
  let end = byteToChar(line, endCol);
  let leftEnd = -1, rightStart = -1;
  let primary = '^', secondary = '^';
  if (startLine === endLine) {
    const anchors = findAnchors(chars.slice(start, end).join(''));
    if (anchors !== null) {
      leftEnd = anchors[0] + start;
      rightStart = anchors[1] + start;
      primary = '~';
      secondary = '^';
    }
  } else {
    let i = chars.length;
    while (--i >= 0) if (!isWs(chars[i])) break;
    end = i + 1;
  }
  const strippedLen = chars.length - lead;
  const hasSecondary = leftEnd !== -1 || rightStart !== -1;
  if (end - start === strippedLen && !hasSecondary) return out;
  let carets = '';
  let offset = lead - 4;
  while (++offset <= end) {
    if (offset <= start) carets += ' ';
    else if (hasSecondary && leftEnd < offset && offset <= rightStart) carets += secondary;
    else carets += primary;
  }
  return out + carets + '\n';
}

/** extract_anchors_from_expr on the failing segment; offsets in characters of the segment. */
function findAnchors(segment: string): [number, number] | null {
  if (anchorFinder === null) return null;
  let a;
  try {
    a = anchorFinder(segment);
  } catch (e) {
    if (e instanceof PyErr) return null;
    return null;
  }
  if (a === null) return null;
  const bytesOf = new TextEncoder().encode(segment);
  const charAt = (b: number) => String.fromCharCode(bytesOf[b] ?? 0);
  const toChar = (b: number) => byteToChar(segment, b);
  if (a.kind === 'binop') {
    let left = -1, right = -1;
    for (let i = a.leftEnd; i < a.rightStart; i++) {
      if (isWs(charAt(i))) continue;
      left = i;
      right = i + 1;
      if (i + 1 < a.rightStart && !isWs(charAt(i + 1))) right++;
      if (i + 1 < a.rightStart && charAt(i) === ')') continue;
      break;
    }
    if (left < 0) return null;
    return [toChar(left), toChar(right)];
  }
  let left = a.valueEnd, right = a.sliceEnd + 1;
  const n = bytesOf.length;
  while (left < n && charAt(left) !== '[') left++;
  while (right < n && charAt(right) !== ']') right++;
  if (right < n) right++;
  return [toChar(left), toChar(right)];
}

/** The last line: "Type: message", module-qualified unless builtins or __main__. */
export function formatExceptionOnly(exc: PyObject): string {
  // A SyntaxError raised by importing a module prints its file, line and carets as the main file's would.
  const diag = syntaxDiagnostics.get(exc);
  if (diag !== undefined) return formatSyntaxError(diag);
  const t = exc.ob_type;
  const d = td(t);
  let name = qualnameOf(t);
  if (d.tp_module !== 'builtins' && d.tp_module !== '__main__') name = `${d.tp_module}.${name}`;
  let msg: string;
  try {
    msg = str(exc);
  } catch {
    msg = '<exception str() failed>';
  }
  void typeData;
  return (msg === '' ? `${name}\n` : `${name}: ${msg}\n`) + formatNotes(exc);
}

/** The __notes__ lines printed after the message (print_exception_notes). */
function formatNotes(exc: PyObject): string {
  const notes = exc.dict === null ? null : dictGetStr(exc.dict, '__notes__');
  if (notes === null) return '';
  const tn = typeData(notes).tp_name;
  if (tn !== 'list' && tn !== 'tuple') {
    let r: string;
    try {
      r = repr(notes);
    } catch {
      r = '<__notes__ repr() failed>';
    }
    return r + '\n';
  }
  let out = '';
  let items: PyObject[] = [];
  try {
    items = iterToArray(notes);
    for (const n of items) {
      if (isStr(n)) out += (n.a as string) + '\n';
      else {
        try {
          out += str(n) + '\n';
        } catch {
          out += '<note str() failed>\n';
        }
      }
    }
  } finally {
    for (const x of items) decref(x);
  }
  return out;
}
