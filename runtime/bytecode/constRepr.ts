/**
 * Python's `repr` of compile-time constants (None, bools, ints, floats,
 * complex, str, bytes, Ellipsis, tuples, frozensets, code objects), as
 * `dis` prints them in argument columns. Code objects get a stable fake
 * address per object, since CodeData has no memory address.
 * Frozensets print in their stored order, which for strings may differ
 * from CPython's hash order (CPython's order varies with PYTHONHASHSEED).
 * Literal values print through syntax/literalRepr.ts, which the objects'
 * reprs share; this file adds tuples, frozensets and code objects.
 */

import type { CodeConstant, CodeData } from './codeData';
import { bytesRepr, complexRepr, floatRepr, strRepr } from '../syntax/literalRepr';

const addresses = new WeakMap<CodeData, number>();
let nextAddress = 0x7f0000000000;

/** A stable fake address for a code object, as hex digits. */
export function codeAddress(co: CodeData): string {
  let a = addresses.get(co);
  if (a === undefined) {
    a = nextAddress;
    nextAddress += 0x450;
    addresses.set(co, a);
  }
  return '0x' + a.toString(16);
}

export function codeRepr(co: CodeData): string {
  return `<code object ${co.co_name} at ${codeAddress(co)}, file "${co.co_filename}", line ${co.co_firstlineno}>`;
}

export function constRepr(v: CodeConstant): string {
  if (v === null) return 'None';
  switch (typeof v) {
    case 'boolean':
      return v ? 'True' : 'False';
    case 'bigint':
      return v.toString();
    case 'number':
      return floatRepr(v);
    case 'string':
      return strRepr(v);
  }
  switch (v.kind) {
    case 'bytes':
      return bytesRepr(v.value);
    case 'complex':
      return complexRepr(v.real, v.imag);
    case 'ellipsis':
      return 'Ellipsis';
    case 'tuple':
      if (v.items.length === 1) return '(' + constRepr(v.items[0]) + ',)';
      return '(' + v.items.map(constRepr).join(', ') + ')';
    case 'frozenset':
      return v.items.length ? 'frozenset({' + v.items.map(constRepr).join(', ') + '})' : 'frozenset()';
    case 'code':
      return codeRepr(v);
  }
}
