/**
 * Decoding of string and bytes literal bodies: prefixes, quotes and the
 * backslash escapes of Python 3.12 (\n, \x.., \u...., \U........, octal,
 * line continuation; unknown escapes stay as written, as CPython keeps them).
 *
 * It does not handle f-strings' replacement fields (fstrings.ts does), and
 * `\N{name}` is only known for a small table of names: JavaScript has no
 * Unicode name database.
 */

export interface DecodedLiteral {
  isBytes: boolean;
  /** 'u' for a u-prefixed literal, as Constant.kind; otherwise null. */
  kind: string | null;
  /** The str value, or for bytes a string of code units 0-255. */
  value: string;
  error: string | null;
}

const NAMED: Record<string, number> = {
  'BULLET': 0x2022,
  'EM DASH': 0x2014,
  'EN DASH': 0x2013,
  'NO-BREAK SPACE': 0xa0,
  'SPACE': 0x20,
  'HORIZONTAL ELLIPSIS': 0x2026,
  'DEGREE SIGN': 0xb0,
  'EURO SIGN': 0x20ac,
  'GREEK SMALL LETTER ALPHA': 0x3b1,
  'GREEK SMALL LETTER PI': 0x3c0,
  'LATIN SMALL LETTER A': 0x61,
  'SNOWMAN': 0x2603,
  'CHECK MARK': 0x2713,
  'RIGHTWARDS ARROW': 0x2192,
  'LEFTWARDS ARROW': 0x2190,
  'COPYRIGHT SIGN': 0xa9,
  'NULL': 0,
  'LINE FEED': 10,
  'DASH': -1,
};

function isOct(c: number): boolean {
  return c >= 48 && c <= 55;
}

/**
 * Decodes the body of a literal (between its quotes). `raw` keeps backslashes,
 * `isBytes` restricts escapes to the bytes set.
 */
export function decodeEscapes(body: string, raw: boolean, isBytes: boolean): { value: string; error: string | null } {
  if (raw || body.indexOf('\\') === -1) return { value: body, error: null };
  let out = '';
  let i = 0;
  const n = body.length;
  const codec = isBytes ? null : 'unicodeescape';
  const err = (from: number, to: number, what: string): { value: string; error: string } => ({
    value: out,
    error: codec
      ? `(unicode error) 'unicodeescape' codec can't decode bytes in position ${from}-${to}: ${what}`
      : `(value error) invalid \\x escape at position ${from}`,
  });
  while (i < n) {
    const j = body.indexOf('\\', i);
    if (j === -1) {
      out += body.slice(i);
      break;
    }
    out += body.slice(i, j);
    const c = body[j + 1];
    i = j + 2;
    switch (c) {
      case '\n':
        break;
      case '\\':
        out += '\\';
        break;
      case "'":
        out += "'";
        break;
      case '"':
        out += '"';
        break;
      case 'a':
        out += '\x07';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'v':
        out += '\v';
        break;
      case 'x': {
        const h = body.slice(i, i + 2);
        if (!/^[0-9a-fA-F]{2}$/.test(h)) {
          const bytePos = utf8Len(body.slice(0, j));
          return isBytes ? { value: out, error: `(value error) invalid \\x escape at position ${bytePos}` } : err(bytePos, bytePos + 1 + countHex(body, i, 2), 'truncated \\xXX escape');
        }
        out += String.fromCharCode(parseInt(h, 16));
        i += 2;
        break;
      }
      case 'u':
      case 'U': {
        if (isBytes) {
          out += '\\' + c;
          break;
        }
        const len = c === 'u' ? 4 : 8;
        const h = body.slice(i, i + len);
        const bytePos = utf8Len(body.slice(0, j));
        if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(h)) {
          return err(bytePos, bytePos + 1 + countHex(body, i, len), c === 'u' ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape');
        }
        const cp = parseInt(h, 16);
        if (cp > 0x10ffff) return err(bytePos, bytePos + 1 + len, 'illegal Unicode character');
        out += String.fromCodePoint(cp);
        i += len;
        break;
      }
      case 'N': {
        if (isBytes) {
          out += '\\N';
          break;
        }
        const bytePos = utf8Len(body.slice(0, j));
        const close = body[i] === '{' ? body.indexOf('}', i) : -1;
        if (close === -1) return err(bytePos, bytePos + 1, 'malformed \\N character escape');
        const name = body.slice(i + 1, close).toUpperCase();
        const cp = NAMED[name];
        if (cp === undefined || cp < 0) return err(bytePos, bytePos + utf8Len(body.slice(j, close)), 'unknown Unicode character name');
        out += String.fromCodePoint(cp);
        i = close + 1;
        break;
      }
      default: {
        if (c !== undefined && isOct(c.charCodeAt(0))) {
          let v = c.charCodeAt(0) - 48;
          let k = 0;
          while (k < 2 && i < n && isOct(body.charCodeAt(i))) {
            v = v * 8 + body.charCodeAt(i) - 48;
            i++;
            k++;
          }
          out += String.fromCharCode(isBytes ? v & 0xff : v);
        } else if (c === undefined) {
          out += '\\';
        } else {
          // An unknown escape keeps its backslash (CPython 3.12 only warns).
          out += '\\' + c;
        }
      }
    }
  }
  return { value: out, error: null };
}

function countHex(s: string, from: number, max: number): number {
  let k = 0;
  while (k < max && /[0-9a-fA-F]/.test(s[from + k] ?? '')) k++;
  return k;
}

export function utf8Len(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n++;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Decodes a whole STRING token (prefix, quotes and body). */
export function decodeStringToken(tok: string): DecodedLiteral {
  let p = 0;
  let raw = false;
  let isBytes = false;
  let u = false;
  for (;;) {
    const c = tok[p];
    if (c === 'r' || c === 'R') raw = true;
    else if (c === 'b' || c === 'B') isBytes = true;
    else if (c === 'u' || c === 'U') u = true;
    else break;
    p++;
  }
  const q = tok[p];
  const triple = tok.startsWith(q + q + q, p) && tok.length - p >= 6;
  const qs = triple ? 3 : 1;
  const body = tok.slice(p + qs, tok.length - qs);
  if (isBytes) {
    // eslint-disable-next-line no-control-regex
    if (/[^\x00-\x7f]/.test(body)) return { isBytes, kind: null, value: '', error: 'bytes can only contain ASCII literal characters' };
  }
  const d = decodeEscapes(body, raw, isBytes);
  return { isBytes, kind: u ? 'u' : null, value: d.value, error: d.error };
}
