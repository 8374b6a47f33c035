/**
 * The text codecs str.encode and bytes.decode need: utf-8, ascii and
 * latin-1 (with their aliases), under the error handlers strict, ignore,
 * replace, backslashreplace and xmlcharrefreplace (encoding) or surrogateescape.
 * Errors carry CPython's messages ("'ascii' codec can't encode character
 * '\xe9' in position 0: ordinal not in range(128)"). Other codecs raise
 * LookupError: this is deliberately not the `codecs` module's registry.
 */

import { raise, PyErr } from './errors';
import { PyObject, decref } from './object';
import { newStr, isStr } from './str';
import { typeData } from './typeobject';
import { bufferOf, newBytes } from './bytes';
import { newInt } from './int';
import { excType } from './exceptions';
import * as abs from './abstract';

export type Codec = 'utf-8' | 'ascii' | 'latin-1';

/** encodings.normalize_encoding plus the aliases of the three codecs we have. */
export function lookupCodec(name: string): Codec {
  const n = name.toLowerCase().replace(/[-\s]/g, '_');
  switch (n) {
    case 'utf_8': case 'utf8': case 'u8': case 'utf': case 'cp65001':
      return 'utf-8';
    case 'ascii': case 'us_ascii': case '646': case 'us':
      return 'ascii';
    case 'latin_1': case 'latin1': case 'latin': case 'l1': case 'iso_8859_1': case 'iso8859_1': case '8859': case 'cp819': case 'iso_ir_100':
      return 'latin-1';
  }
  raise('LookupError', `unknown encoding: ${name}`);
}

const HANDLERS = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'surrogatepass'];
function checkHandler(errors: string): void {
  if (!HANDLERS.includes(errors)) raise('LookupError', `unknown error handler name '${errors}'`);
}

function charEscape(c: number): string {
  if (c <= 0xff) return '\\x' + c.toString(16).padStart(2, '0');
  if (c <= 0xffff) return '\\u' + c.toString(16).padStart(4, '0');
  return '\\U' + c.toString(16).padStart(8, '0');
}

/** Raises UnicodeEncodeError/UnicodeDecodeError(encoding, object, start, end, reason); str() of it makes the message. */
function raiseUnicode(kind: 'UnicodeEncodeError' | 'UnicodeDecodeError', codec: string, obj: PyObject, start: number, end: number, reason: string): never {
  const args = [newStr(codec), obj, newInt(start), newInt(end), newStr(reason)];
  try {
    throw new PyErr(abs.call(excType(kind), args, null));
  } finally {
    for (const a of args) decref(a);
  }
}

/** str.encode: the bytes of `s` under a codec and error handler. */
export function encodeText(s: string, codec: Codec, errors: string): Uint8Array {
  const cps = Array.from(s, (ch) => ch.codePointAt(0)!);
  const limit = codec === 'ascii' ? 0x80 : codec === 'latin-1' ? 0x100 : 0x110000;
  const out: number[] = [];
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    const bad = codec === 'utf-8' ? c >= 0xd800 && c <= 0xdfff : c >= limit;
    if (!bad) {
      if (codec !== 'utf-8' || c < 0x80) out.push(c);
      else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      continue;
    }
    let j = i + 1;
    while (j < cps.length && (codec === 'utf-8' ? cps[j] >= 0xd800 && cps[j] <= 0xdfff : cps[j] >= limit)) j++;
    switch (errors) {
      case 'ignore': break;
      case 'replace': for (let k = i; k < j; k++) out.push(0x3f); break;
      case 'backslashreplace': for (let k = i; k < j; k++) for (const ch of charEscape(cps[k])) out.push(ch.charCodeAt(0)); break;
      case 'xmlcharrefreplace': for (let k = i; k < j; k++) for (const ch of `&#${cps[k]};`) out.push(ch.charCodeAt(0)); break;
      default: {
        if (errors === 'surrogateescape' && cps[i] >= 0xdc80 && cps[i] <= 0xdcff) {
          out.push(cps[i] - 0xdc00);
          j = i + 1;
          break;
        }
        checkHandler(errors);
        const reason = codec === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
        // CPython reports the whole run of unencodable characters.
        const end = j;
        raiseUnicode('UnicodeEncodeError', codec, newStr(s), i, end, reason);
      }
    }
    i = j - 1;
  }
  return Uint8Array.from(out);
}

/** bytes.decode: the text of `b` under a codec and error handler. */
export function decodeBytes(b: Uint8Array, codec: Codec, errors: string): string {
  if (codec === 'latin-1') return latin1String(b);
  let out = '';
  const fail = (start: number, end: number, reason: string): void => {
    switch (errors) {
      case 'ignore': return;
      case 'replace': out += '\ufffd'; return;
      case 'backslashreplace': for (let k = start; k < end; k++) out += '\\x' + b[k].toString(16).padStart(2, '0'); return;
      case 'surrogateescape': for (let k = start; k < end; k++) out += String.fromCharCode(0xdc00 + b[k]); return;
    }
    checkHandler(errors);
    raiseUnicode('UnicodeDecodeError', codec, newBytes(b.slice()), start, end, reason);
  };
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      out += String.fromCharCode(c);
      i++;
      continue;
    }
    if (codec === 'ascii') {
      fail(i, i + 1, 'ordinal not in range(128)');
      i++;
      continue;
    }
    let need: number, lo = 0x80, hi = 0xbf, cp: number;
    if (c >= 0xc2 && c <= 0xdf) { need = 1; cp = c & 0x1f; }
    else if (c >= 0xe0 && c <= 0xef) { need = 2; cp = c & 0x0f; if (c === 0xe0) lo = 0xa0; if (c === 0xed) hi = 0x9f; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; cp = c & 0x07; if (c === 0xf0) lo = 0x90; if (c === 0xf4) hi = 0x8f; }
    else {
      fail(i, i + 1, 'invalid start byte');
      i++;
      continue;
    }
    let k = 1;
    let ok = true;
    for (; k <= need; k++) {
      if (i + k >= n) {
        fail(i, n, 'unexpected end of data');
        i = n;
        ok = false;
        break;
      }
      const d = b[i + k];
      if (d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) {
        fail(i, i + k, 'invalid continuation byte');
        i += k;
        ok = false;
        break;
      }
      cp = (cp << 6) | (d & 0x3f);
    }
    if (!ok) continue;
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

/** Bytes as a JS string of code units 0-255 (the form bytes methods search in). */
export function latin1String(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i += 8192) out += String.fromCharCode(...b.subarray(i, Math.min(b.length, i + 8192)));
  return out;
}

/** The inverse of latin1String (every code unit must be below 256). */
export function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** str(object, encoding, errors): decodes a bytes-like object (PyUnicode_FromEncodedObject). */
export function strFromEncoded(x: PyObject, encoding: PyObject | undefined, errors: PyObject | undefined): string {
  if (encoding !== undefined && !isStr(encoding)) raise('TypeError', `str() argument 'encoding' must be str, not ${typeData(encoding).tp_name}`);
  if (errors !== undefined && !isStr(errors)) raise('TypeError', `str() argument 'errors' must be str, not ${typeData(errors).tp_name}`);
  if (isStr(x)) raise('TypeError', 'decoding str is not supported');
  const b = bufferOf(x);
  if (b === null) raise('TypeError', `decoding to str: need a bytes-like object, ${typeData(x).tp_name} found`);
  const codec = lookupCodec(encoding === undefined ? 'utf-8' : (encoding.a as string));
  return decodeBytes(b, codec, errors === undefined ? 'strict' : (errors.a as string));
}
