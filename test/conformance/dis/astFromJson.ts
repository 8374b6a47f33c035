/**
 * Reads the JSON that scripts/ast-to-json.py writes from python3.12's own
 * `ast` back into runtime/syntax/ast.ts nodes, turning the tagged constants
 * ({"$": "int"}, {"$": "float"}, ...) into our ConstantValue forms. Used by
 * the dis conformance test to compile CPython's trees independently of our
 * parser. It does no validation beyond what the types need.
 */

import type * as ast from '../../../runtime/syntax/ast';

function parseFloat64(s: string): number {
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  if (s === 'nan' || s === '-nan') return NaN;
  return Number(s);
}

type Tagged = { $: string; v?: unknown; real?: string; imag?: string; items?: unknown[] };

export function constFromJson(v: unknown): ast.ConstantValue {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  const t = v as Tagged;
  switch (t.$) {
    case 'int':
      return BigInt(t.v as string);
    case 'float':
      return parseFloat64(t.v as string);
    case 'complex':
      return { kind: 'complex', real: parseFloat64(t.real!), imag: parseFloat64(t.imag!) };
    case 'bytes':
      return { kind: 'bytes', value: Uint8Array.from(t.v as number[]) };
    case 'ellipsis':
      return { kind: 'ellipsis' };
    case 'tuple':
      return { kind: 'tuple', items: t.items!.map(constFromJson) };
    case 'frozenset':
      return { kind: 'frozenset', items: t.items!.map(constFromJson) };
  }
  throw new Error(`unknown constant tag ${t.$}`);
}

function convert(n: unknown): unknown {
  if (Array.isArray(n)) return n.map(convert);
  if (n === null || typeof n !== 'object') return n;
  const o = n as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (o.kind === 'Constant' && k === 'value') out[k] = constFromJson(v);
    else out[k] = convert(v);
  }
  return out;
}

export function astFromJson(json: string): ast.mod {
  return convert(JSON.parse(json)) as ast.mod;
}
