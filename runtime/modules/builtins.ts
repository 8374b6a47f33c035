/**
 * The `builtins` module: print, len, repr, abs, min/max, sum, sorted,
 * isinstance, iter/next, id, hash... and the builtin types by name. Output
 * goes through `sys.stdout`/`sys.stderr` objects (see sys.ts), whose write
 * reaches the Host. Each function checks its arguments with CPython's
 * messages. It deliberately leaves out open(), exec/eval and the rest of
 * the I/O and introspection builtins for now.
 */

import { ComplexType } from '../objects/complex';
import { numberDivmod, intPowMod, roundNumber } from '../objects/numberOps';
import { BytesType, ByteArrayType } from '../objects/bytes';
import { ordOfBytes } from '../objects/bytesMethods';
import '../objects/bytearray';
import { MemoryViewType } from '../objects/memoryview';
import { PyObject, decref, incref, newref, ensureAddress, reportedRefcnt } from '../objects/object';
import { TypeType, ObjectType, typeData, isSubtype, TypeFlags, td } from '../objects/typeobject';
import { raise, PyErr, raiseWithArg } from '../objects/errors';
import { IntType, newInt, isInt, intBig, newIntBig, intPow, NotImplemented, intToString } from '../objects/int';
import { FloatType, newFloat, floatRepr } from '../objects/float';
import { BoolType, True, False, fromBool } from '../objects/bool';
import { None, Ellipsis } from '../objects/none';
import { StrType, newStr, isStr, codePointLength } from '../objects/str';
import { TupleType, isTuple } from '../objects/tuple';
import { ListType, newList } from '../objects/list';
import { DictType, newDict, dictSetItem, dictGetStr } from '../objects/dict';
import { RangeType } from '../objects/range';
import { SliceType } from '../objects/slice';
import { SetType, FrozenSetType } from '../objects/set';
import '../objects/setMethods';
import { FunctionType, StaticMethodType, ClassMethodType, PropertyType } from '../objects/function';
import { newBuiltinFunction } from '../objects/methodobject';
import { isGenIterator, nextGenerator } from '../objects/generator';
import { excTypeByName } from '../objects/exceptions';
import { newModule, setStrItem } from '../objects/module';
import { splitKwargs, checkKwargs, oneArg, noKwargs } from '../objects/args';
import { format } from '../objects/format';
import { sortList, checkSortKwargs } from '../objects/listMethods';
import * as abs from '../objects/abstract';
import { classBuiltins } from '../objects/typeMethods';
import { EnumerateType, ZipType, MapType, FilterType, ReversedType, SuperType } from './builtinTypes';
import type { MethodFunc } from '../objects/typeobject';

export interface BuiltinsContext {
  /** Writes text to sys.stdout or sys.stderr (or a file object's write). */
  stdout(): PyObject;
  stderr(): PyObject;
  buildClass: MethodFunc;
  readLine(): string | null;
}

function writeTo(file: PyObject, text: string): void {
  const s = newStr(text);
  try {
    const r = abs.callMethod(file, 'write', [s]);
    decref(r);
  } finally {
    decref(s);
  }
}

function minmax(name: 'min' | 'max', args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const [pos, kw] = splitKwargs(args, kwnames);
  checkKwargs(name, kw, ['key', 'default']);
  const key = kw.get('key') ?? None;
  const dflt = kw.get('default');
  let items: PyObject[];
  if (pos.length === 0) raise('TypeError', `${name} expected at least 1 argument, got 0`);
  if (pos.length === 1) {
    items = abs.iterToArray(pos[0]);
  } else {
    if (dflt !== undefined) raise('TypeError', `Cannot specify a default for ${name}() with multiple positional arguments`);
    items = pos.slice();
    for (const x of items) incref(x);
  }
  try {
    if (items.length === 0) {
      if (dflt !== undefined) return newref(dflt);
      raise('ValueError', `${name}() iterable argument is empty`);
    }
    let best = items[0];
    let bestKey = key === None ? newref(best) : abs.call(key, [best], null);
    for (let i = 1; i < items.length; i++) {
      const k = key === None ? newref(items[i]) : abs.call(key, [items[i]], null);
      const better = abs.richCompareBool(k, bestKey, name === 'min' ? 0 : 4);
      if (better) {
        decref(bestKey);
        bestKey = k;
        best = items[i];
      } else decref(k);
    }
    decref(bestKey);
    return newref(best);
  } finally {
    for (const x of items) decref(x);
  }
}

export function makeBuiltins(ctx: BuiltinsContext): PyObject {
  const m = newModule('builtins');
  const d = m.dict!;
  const add = (name: string, fn: MethodFunc) => setStrItem(d, name, newBuiltinFunction(name, fn));
  const addObj = (name: string, o: PyObject) => setStrItem(d, name, newref(o));

  add('print', (_s, args, kwnames) => {
    const [pos, kw] = splitKwargs(args, kwnames);
    checkKwargs('print', kw, ['sep', 'end', 'file', 'flush']);
    const sepO = kw.get('sep'), endO = kw.get('end'), fileO = kw.get('file');
    if (sepO !== undefined && sepO !== None && !isStr(sepO)) raise('TypeError', `sep must be None or a string, not ${abs.typeNameOf(sepO)}`);
    if (endO !== undefined && endO !== None && !isStr(endO)) raise('TypeError', `end must be None or a string, not ${abs.typeNameOf(endO)}`);
    const sep = sepO === undefined || sepO === None ? ' ' : (sepO.a as string);
    const end = endO === undefined || endO === None ? '\n' : (endO.a as string);
    const file = fileO === undefined || fileO === None ? ctx.stdout() : fileO;
    let text = '';
    for (let i = 0; i < pos.length; i++) {
      if (i > 0) text += sep;
      text += abs.str(pos[i]);
    }
    writeTo(file, text + end);
    return None;
  });
  add('len', (_s, args, kw) => newInt(abs.length(oneArg('len', args, kw))));
  add('repr', (_s, args, kw) => newStr(abs.repr(oneArg('repr', args, kw))));
  add('ascii', (_s, args, kw) => {
    let out = '';
    for (const ch of abs.repr(oneArg('ascii', args, kw))) {
      const c = ch.codePointAt(0)!;
      out += c < 0x80 ? ch : c <= 0xff ? '\\x' + c.toString(16).padStart(2, '0') : c <= 0xffff ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
    }
    return newStr(out);
  });
  add('abs', (_s, args, kw) => abs.numberAbsolute(oneArg('abs', args, kw)));
  add('id', (_s, args, kw) => newInt(ensureAddress(oneArg('id', args, kw))));
  add('hash', (_s, args, kw) => {
    const o = oneArg('hash', args, kw);
    // Hashes up to 2**61 do not all fit a double: floats get the exact BigInt computation.
    return newIntBig(abs.hashBig(o));
  });
  add('callable', (_s, args, kw) => fromBool(typeData(oneArg('callable', args, kw)).tp_call !== null));
  add('iter', (_s, args, kw) => {
    noKwargs('iter', kw);
    if (args.length !== 1) raise('TypeError', `iter expected 1 argument, got ${args.length}`);
    return abs.getIter(args[0]);
  });
  add('next', (_s, args, kw) => {
    noKwargs('next', kw);
    if (args.length < 1 || args.length > 2) raise('TypeError', `next expected at least 1 argument, got ${args.length}`);
    const it = args[0];
    if (typeData(it).tp_iternext === null) raise('TypeError', `'${abs.typeNameOf(it)}' object is not an iterator`);
    if (isGenIterator(it)) return nextGenerator(it, args.length === 2 ? args[1] : null);
    const x = abs.iterNext(it);
    if (x !== null) return x;
    if (args.length === 2) return newref(args[1]);
    throw new PyErr(abs.call(excTypeByName.get('StopIteration')!, [], null));
  });
  add('isinstance', (_s, args, kw) => {
    noKwargs('isinstance', kw);
    if (args.length !== 2) raise('TypeError', `isinstance expected 2 arguments, got ${args.length}`);
    return fromBool(isInstance(args[0], args[1], 'isinstance'));
  });
  add('issubclass', (_s, args, kw) => {
    noKwargs('issubclass', kw);
    if (args.length !== 2) raise('TypeError', `issubclass expected 2 arguments, got ${args.length}`);
    if (!(typeData(args[0]).tp_flags & TypeFlags.TYPE_SUBCLASS)) raise('TypeError', 'issubclass() arg 1 must be a class');
    const check = (t: PyObject): boolean => {
      if (isTuple(t)) return (t.a as PyObject[]).some(check);
      if (!(typeData(t).tp_flags & TypeFlags.TYPE_SUBCLASS)) raise('TypeError', 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
      return isSubtype(args[0], t);
    };
    return fromBool(check(args[1]));
  });
  add('min', (_s, args, kw) => minmax('min', args, kw));
  add('max', (_s, args, kw) => minmax('max', args, kw));
  add('sum', (_s, args, kwnames) => {
    const [pos, kw] = splitKwargs(args, kwnames);
    checkKwargs('sum', kw, ['start']);
    if (pos.length < 1) raise('TypeError', 'sum() takes at least 1 positional argument (0 given)');
    if (pos.length > 2) raise('TypeError', `sum() takes at most 2 arguments (${pos.length} given)`);
    const start = pos[1] ?? kw.get('start') ?? newInt(0);
    if (isStr(start)) raise('TypeError', "sum() can't sum strings [use ''.join(seq) instead]");
    let acc = newref(start);
    const it = abs.getIter(pos[0]);
    // Floats are summed with Neumaier compensation, as CPython 3.12's sum() does;
    // the correction is dropped when it is not finite (an overflow to inf
    // must stay inf, not become inf - inf = nan), as builtin_sum_impl does.
    const compensated = (total: number, c: number): number => (c !== 0 && Number.isFinite(c) ? total + c : total);
    let fsum = 0, comp = 0, floatMode = false;
    try {
      for (;;) {
        const x = abs.iterNext(it);
        if (x === null) break;
        let r: PyObject;
        if ((acc.ob_type === FloatType || floatMode) && (x.ob_type === FloatType || (x.ob_type === IntType && x.v === x.v))) {
          if (!floatMode) {
            floatMode = true;
            fsum = acc.v;
            comp = 0;
          }
          const y = x.v;
          const t = fsum + y;
          if (Math.abs(fsum) >= Math.abs(y)) comp += fsum - t + y;
          else comp += y - t + fsum;
          fsum = t;
          decref(x);
          continue;
        }
        if (floatMode) {
          floatMode = false;
          decref(acc);
          acc = newFloat(compensated(fsum, comp));
        }
        if (acc.ob_type === IntType && x.ob_type === IntType && acc.v === acc.v && x.v === x.v && Math.abs(acc.v + x.v) <= 9007199254740991) r = newInt(acc.v + x.v);
        else {
          try {
            r = abs.binaryOp(acc, x, 0);
          } catch (e) {
            decref(x);
            throw e;
          }
        }
        decref(x);
        decref(acc);
        acc = r;
      }
    } catch (e) {
      decref(acc);
      throw e;
    } finally {
      decref(it);
    }
    if (floatMode) {
      decref(acc);
      acc = newFloat(compensated(fsum, comp));
    }
    return acc;
  });
  add('any', (_s, args, kw) => {
    const it = abs.getIter(oneArg('any', args, kw));
    try {
      for (;;) {
        const x = abs.iterNext(it);
        if (x === null) return False;
        const t = abs.isTrue(x);
        decref(x);
        if (t) return True;
      }
    } finally {
      decref(it);
    }
  });
  add('all', (_s, args, kw) => {
    const it = abs.getIter(oneArg('all', args, kw));
    try {
      for (;;) {
        const x = abs.iterNext(it);
        if (x === null) return True;
        const t = abs.isTrue(x);
        decref(x);
        if (!t) return False;
      }
    } finally {
      decref(it);
    }
  });
  add('sorted', (_s, args, kwnames) => {
    const [pos, kw] = splitKwargs(args, kwnames);
    checkSortKwargs(kw);
    if (pos.length !== 1) raise('TypeError', `sorted expected 1 argument, got ${pos.length}`);
    const l = newList(abs.iterToArray(pos[0]));
    try {
      sortList(l, kw.get('key') ?? None, kw.get('reverse') ?? False);
    } catch (e) {
      decref(l);
      throw e;
    }
    return l;
  });
  add('divmod', (_s, args, kw) => {
    noKwargs('divmod', kw);
    if (args.length !== 2) raise('TypeError', `divmod expected 2 arguments, got ${args.length}`);
    return numberDivmod(args[0], args[1]);
  });
  add('pow', (_s, args, kwnames) => {
    const [pos, kw] = splitKwargs(args, kwnames);
    const base = pos[0] ?? kw.get('base'), exp = pos[1] ?? kw.get('exp'), mod = pos[2] ?? kw.get('mod');
    if (base === undefined) raise('TypeError', "pow() missing required argument 'base' (pos 1)");
    if (exp === undefined) raise('TypeError', "pow() missing required argument 'exp' (pos 2)");
    if (mod !== undefined && mod !== None) {
      if (!isInt(base) || !isInt(exp) || !isInt(mod)) raise('TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
      return intPowMod(base, exp, mod);
    }
    if (isInt(base) && isInt(exp)) return intPow(base, exp);
    return abs.binaryOp(base, exp, 8);
  });
  add('round', (_s, args, kwnames) => {
    const [pos, kw] = splitKwargs(args, kwnames);
    checkKwargs('round', kw, ['number', 'ndigits']);
    if (args.length > 2) raise('TypeError', `round() takes at most 2 arguments (${args.length} given)`);
    const x = pos[0] ?? kw.get('number');
    const nd = pos[1] ?? kw.get('ndigits');
    if (x === undefined) raise('TypeError', "round() missing required argument 'number' (pos 1)");
    const rn = roundNumber(x, nd, None, (o) => intBig(abs.numberIndex(o)));
    if (rn !== null) return rn;
    const rm = typeData(x).tp_dict.get('__round__');
    if (rm === undefined) raise('TypeError', `type ${abs.typeNameOf(x)} doesn't define __round__ method`);
    return abs.callMethod(x, '__round__', nd === undefined ? [] : [nd]);
  });
  const radix = (name: string, base: number, prefix: string): MethodFunc => (_s, args, kw) => {
    const x = oneArg(name, args, kw);
    const v = intBig(abs.numberIndex(x));
    const s = (v < 0n ? '-' : '') + prefix + (v < 0n ? -v : v).toString(base);
    return newStr(s);
  };
  add('hex', radix('hex', 16, '0x'));
  add('oct', radix('oct', 8, '0o'));
  add('bin', radix('bin', 2, '0b'));
  add('chr', (_s, args, kw) => {
    const x = oneArg('chr', args, kw);
    if (!isInt(x)) raise('TypeError', `'${abs.typeNameOf(x)}' object cannot be interpreted as an integer`);
    const n = abs.indexOf(x);
    if (n < 0 || n > 0x10ffff) raise('ValueError', 'chr() arg not in range(0x110000)');
    return newStr(String.fromCodePoint(n));
  });
  add('ord', (_s, args, kw) => {
    const x = oneArg('ord', args, kw);
    const byteOrd = ordOfBytes(x);
    if (byteOrd !== null) return byteOrd;
    if (!isStr(x)) raise('TypeError', `ord() expected string of length 1, but ${abs.typeNameOf(x)} found`);
    const s = x.a as string;
    const n = codePointLength(s);
    if (n !== 1) raise('TypeError', `ord() expected a character, but string of length ${n} found`);
    return newInt(s.codePointAt(0)!);
  });
  add('format', (_s, args, kw) => {
    noKwargs('format', kw);
    if (args.length < 1 || args.length > 2) raise('TypeError', `format expected at most 2 arguments, got ${args.length}`);
    const spec = args[1];
    if (spec !== undefined && !isStr(spec)) raise('TypeError', `format() argument 2 must be str, not ${abs.typeNameOf(spec)}`);
    return newStr(format(args[0], spec === undefined ? '' : (spec.a as string)));
  });
  add('getattr', (_s, args, kw) => {
    noKwargs('getattr', kw);
    if (args.length < 2 || args.length > 3) raise('TypeError', `getattr expected 2 or 3 arguments, got ${args.length}`);
    if (!isStr(args[1])) raise('TypeError', "attribute name must be string, not '" + abs.typeNameOf(args[1]) + "'");
    if (args.length === 3) {
      const v = abs.lookupAttr(args[0], args[1].a as string);
      return v ?? newref(args[2]);
    }
    return abs.getAttr(args[0], args[1].a as string);
  });
  add('setattr', (_s, args, kw) => {
    noKwargs('setattr', kw);
    if (args.length !== 3) raise('TypeError', `setattr expected 3 arguments, got ${args.length}`);
    abs.setAttr(args[0], args[1].a as string, args[2]);
    return None;
  });
  add('delattr', (_s, args, kw) => {
    noKwargs('delattr', kw);
    abs.setAttr(args[0], args[1].a as string, null);
    return None;
  });
  add('hasattr', (_s, args, kw) => {
    noKwargs('hasattr', kw);
    if (args.length !== 2) raise('TypeError', `hasattr expected 2 arguments, got ${args.length}`);
    const v = abs.lookupAttr(args[0], args[1].a as string);
    if (v === null) return False;
    decref(v);
    return True;
  });
  add('input', (_s, args) => {
    if (args.length > 0) writeTo(ctx.stdout(), abs.str(args[0]));
    const line = ctx.readLine();
    if (line === null) raise('EOFError', 'EOF when reading a line');
    return newStr(line);
  });
  add('vars', (_s, args) => {
    const o = args[0];
    if (o.dict === null) raise('TypeError', 'vars() argument must have __dict__ attribute');
    return newref(o.dict);
  });
  // isinstance, issubclass, dir, vars, getattr & co. with metaclass hooks and CPython's checks (typeMethods.ts).
  for (const [n, f] of Object.entries(classBuiltins)) add(n, f);
  add('__build_class__', ctx.buildClass);

  addObj('None', None);
  addObj('Ellipsis', Ellipsis);
  addObj('NotImplemented', NotImplemented);
  addObj('True', True);
  addObj('False', False);
  const types: [string, PyObject][] = [
    ['int', IntType], ['float', FloatType], ['complex', ComplexType], ['bool', BoolType], ['str', StrType], ['tuple', TupleType],
    ['list', ListType], ['dict', DictType], ['range', RangeType], ['slice', SliceType], ['type', TypeType],
    ['object', ObjectType], ['enumerate', EnumerateType], ['zip', ZipType], ['map', MapType],
    ['filter', FilterType], ['reversed', ReversedType], ['staticmethod', StaticMethodType],
    ['classmethod', ClassMethodType], ['property', PropertyType], ['super', SuperType],
    ['set', SetType], ['frozenset', FrozenSetType],
    ['bytes', BytesType], ['bytearray', ByteArrayType], ['memoryview', MemoryViewType],
  ];
  for (const [n, t] of types) addObj(n, t);
  for (const [n, t] of excTypeByName) addObj(n, t);
  void FunctionType;
  void dictSetItem;
  void newDict;
  void dictGetStr;
  void intToString;
  void floatRepr;
  void raiseWithArg;
  void reportedRefcnt;
  void td;
  return m;
}

export function isInstance(o: PyObject, cls: PyObject, fname: string): boolean {
  if (isTuple(cls)) return (cls.a as PyObject[]).some((c) => isInstance(o, c, fname));
  if (!(typeData(cls).tp_flags & TypeFlags.TYPE_SUBCLASS)) raise('TypeError', `${fname}() arg 2 must be a type, a tuple of types, or a union`);
  return isSubtype(o.ob_type, cls);
}
