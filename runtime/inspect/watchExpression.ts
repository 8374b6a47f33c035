/**
 * Evaluates the expressions a debugger's hover, watch and console ask for
 * most — a name, then attributes and subscripts with literal keys
 * (`x`, `obj.items`, `d['k']`, `xs[-1]`) — by reading the stopped frame's
 * namespaces and the objects' children through the VmPort.
 *
 * It deliberately runs no Python code: no calls, no operators, no
 * __getattr__ or __getitem__ overrides, so looking at a program never
 * changes it. Anything else is refused with a message saying so.
 */

import type { VmFrame, VmObject, VmPort } from './vmPort';

export type WatchResult = { ok: true; obj: VmObject } | { ok: false; message: string };

type Segment = { kind: 'attr'; name: string } | { kind: 'index'; value: number } | { kind: 'key'; repr: string };

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

function parse(expression: string): { head: string; segments: Segment[] } | null {
  let rest = expression.trim();
  const head = NAME.exec(rest);
  if (!head) return null;
  rest = rest.slice(head[0].length);
  const segments: Segment[] = [];
  while (rest.length > 0) {
    const attr = /^\s*\.\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(rest);
    if (attr) {
      segments.push({ kind: 'attr', name: attr[1] });
      rest = rest.slice(attr[0].length);
      continue;
    }
    const index = /^\s*\[\s*(-?\d+)\s*\]/.exec(rest);
    if (index) {
      segments.push({ kind: 'index', value: Number(index[1]) });
      rest = rest.slice(index[0].length);
      continue;
    }
    // A plain string key; its repr is what CPython prints for a str without quotes or backslashes inside.
    const key = /^\s*\[\s*(?:'([^'"\\]*)'|"([^'"\\]*)")\s*\]/.exec(rest);
    if (key) {
      segments.push({ kind: 'key', repr: `'${key[1] ?? key[2]}'` });
      rest = rest.slice(key[0].length);
      continue;
    }
    if (/^\s*$/.test(rest)) break;
    return null;
  }
  return { head: head[0], segments };
}

function lookupName(port: VmPort, frame: VmFrame, name: string): VmObject | undefined {
  for (const [local, value] of port.frameLocals(frame)) if (local === name) return value;
  for (const [global, value] of port.frameGlobals(frame)) if (global === name) return value;
  return port.builtin(name);
}

function apply(port: VmPort, obj: VmObject, segment: Segment): WatchResult {
  const children = port.children(obj);
  const typeName = port.typeName(obj);
  if (segment.kind === 'attr') {
    if (children?.kind === 'attributes') {
      const found = children.entries.find(([name]) => name === segment.name);
      if (found) return { ok: true, obj: found[1] };
    }
    return { ok: false, message: `AttributeError: '${typeName}' object has no attribute '${segment.name}'` };
  }
  if (segment.kind === 'index' && children?.kind === 'sequence') {
    const index = segment.value < 0 ? children.items.length + segment.value : segment.value;
    if (index >= 0 && index < children.items.length) return { ok: true, obj: children.items[index] };
    return { ok: false, message: `IndexError: ${typeName} index out of range` };
  }
  if (children?.kind === 'mapping') {
    const wanted = segment.kind === 'index' ? String(segment.value) : segment.kind === 'key' ? segment.repr : '';
    const found = children.entries.find(([key]) => port.repr(key) === wanted);
    if (found) return { ok: true, obj: found[1] };
    return { ok: false, message: `KeyError: ${wanted}` };
  }
  return { ok: false, message: `TypeError: '${typeName}' object is not subscriptable` };
}

export function evaluateWatch(port: VmPort, frame: VmFrame, expression: string): WatchResult {
  const parsed = parse(expression);
  if (!parsed) {
    return {
      ok: false,
      message: 'Refscope evaluates names, attributes and subscripts with literal keys; it runs no other code.',
    };
  }
  let obj = lookupName(port, frame, parsed.head);
  if (obj === undefined) return { ok: false, message: `NameError: name '${parsed.head}' is not defined` };
  for (const segment of parsed.segments) {
    const result = apply(port, obj, segment);
    if (!result.ok) return result;
    obj = result.obj;
  }
  return { ok: true, obj };
}
