/**
 * complex's constructor (complex_new: numbers, strings, __complex__, two
 * arguments combined as real + imag*1j), its methods (conjugate,
 * __getnewargs__, __complex__), the real/imag getsets and the slot-wrapper
 * dunders. It deliberately keeps arithmetic in complex.ts.
 */

import { PyObject, newref, decref, incref } from './object';
import { td, typeLookup, TypeFlags } from './typeobject';
import { raise } from './errors';
import { normaliseNumeric, pyStrip, isInt, intToDouble } from './int';
import { newFloat, FloatType } from './float';
import { None } from './none';
import { isStr } from './str';
import { newTuple } from './tuple';
import { splitKwargs } from './args';
import { ComplexType, newComplex, isComplex, complexFromString, complexHashBig } from './complex';
import { addNumberDunders } from './numberSlots';
import { addGetSets } from './intMethods';
import { typeNameOf, callHooks, exactHashes } from './abstract';

exactHashes.set(ComplexType, complexHashBig);

function realOf(o: PyObject): number | null {
  if (o.ob_type === FloatType || td(o.ob_type).tp_mro.includes(FloatType)) return o.v;
  if (isInt(o)) return intToDouble(o);
  const f = td(o.ob_type).nb_float;
  if (f !== null) {
    const r = f(o);
    const v = r.v;
    decref(r);
    return v;
  }
  return null;
}

/** try_complex_special_method, then the number itself. */
function toParts(o: PyObject, which: 'first' | 'second'): [number, number] {
  if (isComplex(o)) return [o.v, o.a as number];
  const m = typeLookup(o.ob_type, '__complex__');
  if (m !== null) {
    const r = callHooks.call(m, [o], null);
    if (!isComplex(r)) {
      decref(r);
      raise('TypeError', `__complex__ returned non-complex (type ${typeNameOf(r)})`);
    }
    const out: [number, number] = [r.v, r.a as number];
    decref(r);
    return out;
  }
  const x = realOf(o);
  if (x === null) {
    if (which === 'first') raise('TypeError', `complex() first argument must be a string or a number, not '${typeNameOf(o)}'`);
    raise('TypeError', `complex() second argument must be a number, not '${typeNameOf(o)}'`);
  }
  return [x, 0];
}

td(ComplexType).tp_new = (type, args, kwnames) => {
  const [pos, kw] = splitKwargs(args, kwnames);
  for (const k of kw.keys()) if (k !== 'real' && k !== 'imag') raise('TypeError', `complex() got an unexpected keyword argument '${k}'`);
  if (pos.length > 2) raise('TypeError', `complex() takes at most 2 arguments (${pos.length} given)`);
  const r = pos[0] ?? kw.get('real');
  const i = pos[1] ?? kw.get('imag');
  // complex_new: real = cr.real - ci.imag; imag = ci.real + cr.imag, each term only when present.
  let crRe = 0, crIm = 0, ciRe = 0, ciIm = 0;
  let crComplex = false, ciComplex = false;
  if (r !== undefined) {
    if (isStr(r)) {
      if (i !== undefined) raise('TypeError', "complex() can't take second arg if first is a string");
      [crRe, crIm] = complexFromString(r.a as string, normaliseNumeric, pyStrip);
      crComplex = true;
    } else {
      if (i === undefined && r.ob_type === ComplexType && type === ComplexType) return newref(r);
      crComplex = isComplex(r) || typeLookup(r.ob_type, '__complex__') !== null;
      [crRe, crIm] = toParts(r, 'first');
    }
  }
  if (i !== undefined) {
    if (isStr(i)) raise('TypeError', "complex() second arg can't be a string");
    ciComplex = isComplex(i) || typeLookup(i.ob_type, '__complex__') !== null;
    [ciRe, ciIm] = toParts(i, 'second');
  }
  let re = crRe, im = ciRe;
  if (ciComplex) re -= ciIm;
  if (crComplex && i !== undefined) im += crIm;
  else if (crComplex) im = crIm;
  const o = newComplex(re, im);
  if (type !== ComplexType) {
    o.ob_type = type;
    if (td(type).tp_flags & TypeFlags.HEAPTYPE) incref(type);
  }
  return o;
};

addNumberDunders(ComplexType, {
  conjugate: (self) => newComplex(self.v, -(self.a as number)),
  __complex__: (self) => newComplex(self.v, self.a as number),
  __getnewargs__: (self) => newTuple([newFloat(self.v), newFloat(self.a as number)]),
  __pow__: (self, args) => {
    if (args[1] !== undefined && args[1] !== None) raise('ValueError', 'complex modulo');
    return td(ComplexType).nb_power!(self, args[0]);
  },
});

addGetSets(ComplexType, {
  real: (o) => newFloat(o.v),
  imag: (o) => newFloat(o.a as number),
});
