/**
 * format(value, spec): the format-specification mini-language for int,
 * float, complex and str ([[fill]align][sign][#][0][width][,_][.precision][type]),
 * used by format(), f-strings and str.format. Numbers are laid out by
 * numberFormat.ts; this file dispatches and formats str. Objects of other
 * types with an empty spec format as str(); a user __format__ is called
 * through the generic attribute protocol.
 */

import { PyObject, decref } from './object';
import { raise } from './errors';
import { isInt, intBig } from './int';
import { FloatType } from './float';
import { parseFormatSpec, formatIntSpec, formatFloatSpec, numberFormatHooks } from './numberFormat';
import { isStr, newStr } from './str';
import { formatStrSpec } from './strSpec';
import { typeData, typeLookup, td, ObjectType } from './typeobject';
import { str, call, typeNameOf } from './abstract';

export function format(o: PyObject, spec: string): string {
  const t = typeData(o);
  const custom = typeLookup(o.ob_type, '__format__');
  if (custom !== null && typeData(custom).tp_name === 'function') {
    const s = newStr(spec);
    const r = call(custom, [o, s], null);
    decref(s);
    if (!isStr(r)) {
      decref(r);
      raise('TypeError', `__format__ must return a str, not ${typeNameOf(r)}`);
    }
    const out = r.a as string;
    decref(r);
    return out;
  }
  if (spec === '') return str(o);
  // Numbers (int and its subclasses such as bool, float) format in numberFormat.ts.
  if (isInt(o)) return formatIntSpec(intBig(o), parseFormatSpec(spec, t.tp_name, '>'), t.tp_name);
  if (o.ob_type === FloatType) return formatFloatSpec(o.v, parseFormatSpec(spec, t.tp_name, '>'), t.tp_name);
  const nf = numberFormatHooks.format(o, spec);
  if (nf !== null) return nf;
  if (isStr(o)) return formatStrSpec(o.a as string, spec);
  void typeLookup;
  void td;
  void ObjectType;
  raise('TypeError', `unsupported format string passed to ${t.tp_name}.__format__`);
}
