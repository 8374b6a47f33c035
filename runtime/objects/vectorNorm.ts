/**
 * vector_norm from CPython 3.12's mathmodule.c: the Euclidean norm of
 * finite non-negative values, scaled by a power of two and summed with
 * exact (double-length) squares and a final differential correction, so
 * math.hypot, math.dist and abs(complex) are correctly rounded in nearly
 * every case. It deliberately handles no Python objects.
 */

function split(x: number): [number, number] {
  const t = x * 134217729.0;
  const hi = t - (t - x);
  return [hi, x - hi];
}

/** Dekker's exact product: hi + lo == x * y. */
function mul(x: number, y: number): [number, number] {
  const [xh, xl] = split(x);
  const [yh, yl] = split(y);
  const p = xh * yh;
  const q = xh * yl + xl * yh;
  const z = p + q;
  const zz = p - z + q + xl * yl;
  return [z, zz];
}

function fastSum(a: number, b: number): [number, number] {
  const x = a + b;
  const z = x - a;
  return [x, b - z];
}

const DBL_MIN = 2.2250738585072014e-308;

/** The norm of `vec` (absolute values) whose largest entry is `max`. */
export function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || vec.length <= 1) return max;
  const maxE = Math.floor(Math.log2(max)) + 1;
  let e = maxE;
  // Adjust for log2 rounding: we need 0.5 <= max * 2**-e < 1.
  while (max * 2 ** -e >= 1) e++;
  while (max * 2 ** -e < 0.5) e--;
  if (e < -1023) {
    return DBL_MIN * vectorNorm(vec.map((x) => x / DBL_MIN), max / DBL_MIN, foundNan);
  }
  const scale = 2 ** -e;
  let csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  for (const v of vec) {
    const x = v * scale;
    const pr = mul(x, x);
    const sm = fastSum(csum, pr[0]);
    csum = sm[0];
    frac1 += pr[1];
    frac2 += sm[1];
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  const pr = mul(-h, h);
  const sm = fastSum(csum, pr[0]);
  csum = sm[0];
  frac1 += pr[1];
  frac2 += sm[1];
  const x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}
