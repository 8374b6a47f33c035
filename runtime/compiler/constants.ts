/**
 * Constant identity for co_consts, as CPython's _PyCode_ConstantKey: two
 * constants share a slot only when they have the same type and value
 * (so 1, 1.0 and True stay distinct, and so do 0.0 and -0.0), tuples and
 * frozensets compare item by item, and code objects by value (codeKey).
 * It does not evaluate or fold anything (constFold.ts does).
 */

import type { CodeConstant, CodeData } from '../bytecode/codeData';
import type { ConstantValue } from '../syntax/ast';

const codeKeys = new WeakMap<CodeData, string>();

const hexOf = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

/**
 * Code objects are constants keyed by value, as CPython's code_richcompare
 * compares them (name, counts, flags, first line, bytecode, constants,
 * names, localsplus names, line and exception tables, but not the
 * qualified name or the file), so two identical lambdas share one slot.
 */
function codeKey(co: CodeData): string {
  return (
    'K' +
    JSON.stringify([
      co.co_name,
      co.co_argcount,
      co.co_posonlyargcount,
      co.co_kwonlyargcount,
      co.co_flags,
      co.co_firstlineno,
      hexOf(co.co_code),
      co.co_consts.map(constKey),
      co.co_names,
      co.co_localsplusnames,
      hexOf(co.co_linetable),
      hexOf(co.co_exceptiontable),
    ])
  );
}

export function constKey(v: CodeConstant): string {
  if (v === null) return 'N';
  switch (typeof v) {
    case 'boolean':
      return v ? 'B1' : 'B0';
    case 'bigint':
      return 'I' + v.toString();
    case 'number':
      return 'F' + (Object.is(v, -0) ? '-0' : String(v));
    case 'string':
      return 'S' + v;
  }
  switch (v.kind) {
    case 'bytes':
      return 'Y' + Array.from(v.value).join(',');
    case 'complex':
      return 'C' + (Object.is(v.real, -0) ? '-0' : v.real) + ',' + (Object.is(v.imag, -0) ? '-0' : v.imag);
    case 'ellipsis':
      return 'E';
    case 'tuple':
      return 'T(' + v.items.map(constKey).join('|') + ')';
    case 'frozenset':
      return 'Z(' + v.items.map(constKey).join('|') + ')';
    case 'code': {
      let key = codeKeys.get(v);
      if (key === undefined) {
        key = codeKey(v);
        codeKeys.set(v, key);
      }
      return key;
    }
  }
}

/** A unit's co_consts under construction: values in order with an index. */
export class ConstTable {
  readonly values: CodeConstant[] = [];
  private readonly index = new Map<string, number>();

  add(v: CodeConstant): number {
    const k = constKey(v);
    const found = this.index.get(k);
    if (found !== undefined) return found;
    this.values.push(v);
    this.index.set(k, this.values.length - 1);
    return this.values.length - 1;
  }

  /** Index of an equal constant, or -1. */
  find(v: CodeConstant): number {
    return this.index.get(constKey(v)) ?? -1;
  }
}

/** Python truthiness of a constant, for folding `if 1:` and friends. */
export function constIsTrue(v: ConstantValue): boolean {
  if (v === null) return false;
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'bigint':
      return v !== 0n;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length > 0;
  }
  switch (v.kind) {
    case 'bytes':
      return v.value.length > 0;
    case 'complex':
      return v.real !== 0 || v.imag !== 0;
    case 'ellipsis':
      return true;
    case 'tuple':
    case 'frozenset':
      return v.items.length > 0;
  }
}
