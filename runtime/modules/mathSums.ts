/**
 * The math module's sums and norms: fsum (Shewchuk's exact partials, as
 * CPython's msum, with its final half-way correction), hypot and dist
 * (through vectorNorm.ts) and sumprod (exact for ints, correctly rounded
 * for finite floats through an exact BigInt sum). It deliberately keeps
 * no running state between calls.
 */

import type { PyObject } from '../objects/object';
import { decref } from '../objects/object';
import { FloatType, newFloat } from '../objects/float';
import { isInt, intBig, newIntBig } from '../objects/int';
import { raise } from '../objects/errors';
import { noKwargs } from '../objects/args';
import { decompose, ratioToDouble } from '../objects/floatDigits';
import { vectorNorm } from '../objects/vectorNorm';
import * as abs from '../objects/abstract';
import { asDouble, exactArgs } from './mathArgs';

type Fn = (self: PyObject, args: PyObject[], kwnames: readonly string[] | null) => PyObject;

function msum(values: number[]): number {
  const partials: number[] = [];
  let specialSum = 0, infSum = 0;
  for (let x of values) {
    const xsave = x;
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    if (x !== 0) {
      if (!isFinite(x)) {
        if (isFinite(xsave)) raise('OverflowError', 'intermediate overflow in fsum');
        if (!isFinite(xsave) && xsave === xsave) infSum += xsave;
        specialSum += xsave;
        partials.length = 0;
      } else partials.push(x);
    }
  }
  if (specialSum !== 0) {
    if (infSum !== infSum) raise('ValueError', '-inf + inf in fsum');
    return specialSum;
  }
  let n = partials.length;
  let hi = 0, lo = 0;
  if (n > 0) {
    hi = partials[--n];
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}

function norm(values: number[]): PyObject {
  let max = 0, foundNan = false;
  const vec = values.map((v) => {
    const x = Math.abs(v);
    if (x !== x) foundNan = true;
    else if (x > max) max = x;
    return x;
  });
  return newFloat(vectorNorm(vec, max, foundNan));
}

function floatsOf(o: PyObject): number[] {
  const items = abs.iterToArray(o);
  try {
    return items.map(asDouble);
  } finally {
    for (const x of items) decref(x);
  }
}

/** The exact value of a finite double as num / 2**k. */
function exact(x: number): [bigint, number] {
  const { mant, exp } = decompose(x);
  return [x < 0 ? -mant : mant, exp];
}

function exactFloatSum(pairs: [number, number][]): number {
  let minExp = 0;
  const terms = pairs.map(([a, b]) => {
    const [ma, ea] = exact(a);
    const [mb, eb] = exact(b);
    if (ea + eb < minExp) minExp = ea + eb;
    return [ma * mb, ea + eb] as [bigint, number];
  });
  let num = 0n;
  for (const [m, e] of terms) num += m << BigInt(e - minExp);
  return ratioToDouble(num, 1n << BigInt(-minExp));
}

export const sumFunctions: Record<string, Fn> = {
  fsum: (_s, args, kw) => {
    exactArgs('fsum', args, kw, 1);
    return newFloat(msum(floatsOf(args[0])));
  },
  hypot: (_s, args, kw) => {
    noKwargs('hypot', kw);
    return norm(args.map(asDouble));
  },
  dist: (_s, args, kw) => {
    exactArgs('dist', args, kw, 2);
    const p = floatsOf(args[0]);
    const q = floatsOf(args[1]);
    if (p.length !== q.length) raise('ValueError', 'both points must have the same number of dimensions');
    return norm(p.map((x, i) => x - q[i]));
  },
  sumprod: (_s, args, kw) => {
    exactArgs('sumprod', args, kw, 2);
    const p = abs.iterToArray(args[0]);
    const q = abs.iterToArray(args[1]);
    try {
      if (p.length !== q.length) raise('ValueError', 'Inputs are not the same length');
      const real = (o: PyObject) => isInt(o) || o.ob_type === FloatType;
      if (p.every(isInt) && q.every(isInt)) {
        let s = 0n;
        for (let i = 0; i < p.length; i++) s += intBig(p[i]) * intBig(q[i]);
        return newIntBig(s);
      }
      if (p.every(real) && q.every(real)) {
        const pairs = p.map((x, i) => [asDouble(x), asDouble(q[i])] as [number, number]);
        if (pairs.every(([a, b]) => isFinite(a) && isFinite(b))) return newFloat(exactFloatSum(pairs));
        return newFloat(pairs.reduce((s, [a, b]) => s + a * b, 0));
      }
      let acc = newIntBig(0n);
      for (let i = 0; i < p.length; i++) {
        const m = abs.binaryOp(p[i], q[i], 5);
        const r = abs.binaryOp(acc, m, 0);
        decref(m);
        decref(acc);
        acc = r;
      }
      return acc;
    } finally {
      for (const x of p) decref(x);
      for (const x of q) decref(x);
    }
  },
};
