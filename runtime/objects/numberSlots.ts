/**
 * The dunder methods a numeric builtin type exposes from its slots, as
 * CPython's slot wrappers do for int, float and complex: __add__ and
 * __radd__ from nb_add and so on, the rich comparisons from
 * tp_richcompare, the unary slots, __hash__, __repr__, and __format__.
 * Each calls the type's own slot, so `(7).__add__(1.5)` is NotImplemented
 * as in CPython. It deliberately adds nothing a type does not have a slot
 * for, and leaves methods (bit_length...) to the type's own file.
 */

import { PyObject } from './object';
import { td, NB_SLOT_NAMES, type MethodFunc } from './typeobject';
import { raise } from './errors';
import { NotImplemented, newIntBig } from './int';
import { hashBig } from './abstract';
import { newStr, isStr } from './str';
import { addMethods } from './methodobject';
import { format } from './format';

const DUNDER: Record<string, string> = {
  nb_add: 'add', nb_and: 'and', nb_floor_divide: 'floordiv', nb_lshift: 'lshift', nb_matrix_multiply: 'matmul',
  nb_multiply: 'mul', nb_remainder: 'mod', nb_or: 'or', nb_power: 'pow', nb_rshift: 'rshift', nb_subtract: 'sub',
  nb_true_divide: 'truediv', nb_xor: 'xor',
};
const RICH = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];

function expectArgs(name: string, args: PyObject[], n: number): void {
  if (args.length !== n) raise('TypeError', `expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
  void name;
}

/** Adds the slot-wrapper dunders of a numeric static type. */
export function addNumberDunders(type: PyObject, extra: Record<string, MethodFunc> = {}): void {
  const d = td(type);
  const m: Record<string, MethodFunc> = {};
  for (const slot of NB_SLOT_NAMES) {
    const f = d[slot];
    if (f === null || slot === 'nb_power') continue;
    const n = DUNDER[slot];
    m[`__${n}__`] = (self, args) => {
      expectArgs(n, args, 1);
      return f(self, args[0]);
    };
    m[`__r${n}__`] = (self, args) => {
      expectArgs(n, args, 1);
      return f(args[0], self);
    };
  }
  const unary: [keyof typeof d, string][] = [['nb_negative', '__neg__'], ['nb_positive', '__pos__'], ['nb_absolute', '__abs__'],
    ['nb_invert', '__invert__'], ['nb_int', '__int__'], ['nb_float', '__float__'], ['nb_index', '__index__']];
  for (const [slot, name] of unary) {
    const f = d[slot] as ((o: PyObject) => PyObject) | null;
    if (f !== null) m[name] = (self, args) => {
      expectArgs(name, args, 0);
      return f(self);
    };
  }
  if (d.nb_bool !== null) {
    const f = d.nb_bool;
    m.__bool__ = (self) => (f(self) ? boolTrue() : boolFalse());
  }
  if (d.tp_richcompare !== null) {
    const f = d.tp_richcompare;
    RICH.forEach((name, op) => {
      m[name] = (self, args) => {
        expectArgs(name, args, 1);
        return f(self, args[0], op);
      };
    });
  }
  if (d.tp_hash !== null) {
    m.__hash__ = (self) => newIntBig(hashBig(self));
  }
  if (d.tp_repr !== null) {
    const f = d.tp_repr;
    m.__repr__ = (self) => newStr(f(self));
  }
  m.__format__ = (self, args) => {
    expectArgs('__format__', args, 1);
    if (!isStr(args[0])) raise('TypeError', `${d.tp_name}.__format__() argument must be str, not ${td(args[0].ob_type).tp_name}`);
    return newStr(format(self, args[0].a as string));
  };
  Object.assign(m, extra);
  addMethods(type, m);
}

const boolRefs: { t: PyObject | null; f: PyObject | null } = { t: null, f: null };
/** bool.ts imports int.ts, so the singletons are looked up lazily through the bool factory. */
import { boolFactory } from './int';
function boolTrue(): PyObject {
  return (boolRefs.t ??= boolFactory.fromBool(true));
}
function boolFalse(): PyObject {
  return (boolRefs.f ??= boolFactory.fromBool(false));
}

export { NotImplemented };
