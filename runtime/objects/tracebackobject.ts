/**
 * Traceback objects (types.TracebackType) built on demand from an
 * exception's recorded entries: tb_next, tb_lineno, tb_lasti and tb_frame.
 * The VM records plain TbEntry values while unwinding (cheap); an object
 * chain is only built when Python code reads __traceback__ or
 * sys.exc_info(). tb_frame is a snapshot frame object with f_code and
 * f_lineno only: this runtime's frames live on a heap stack and are not
 * Python objects, so f_locals, f_globals and f_back are deliberately absent.
 */

import { PyObject, decref, incref, newref, xdecref } from './object';
import { makeStaticType, TypeFlags } from './typeobject';
import { tbHooks, type TbEntry } from './exceptions';
import { newInt } from './int';
import { None } from './none';
import { genericGetAttr } from './abstract';
import { CodeType, type CodeObject } from './code';
import { td } from './typeobject';
import { newStr } from './str';

/** A snapshot frame: `a` holds the code object (owned), `v` the line number. */
export const FrameSnapshotType: PyObject = makeStaticType('frame', null, {
  tp_flags: TypeFlags.HAVE_GC,
  tp_basicsize: 80,
  tp_dealloc: (o) => decref(o.a as PyObject),
  tp_repr: (o) => {
    const co = (o.a as PyObject).a as CodeObject;
    return `<frame, file '${co.co_filename}', line ${o.v}, code ${co.co_name}>`;
  },
  tp_getattro: (o, name) => {
    switch (name) {
      case 'f_code': return newref(o.a as PyObject);
      case 'f_lineno': return newInt(o.v);
      case 'f_back': return None;
    }
    return genericGetAttr(o, name);
  },
});

/** A traceback: `a` holds its TbEntry (code owned), `b` the next traceback or null (owned). */
export const TracebackType: PyObject = makeStaticType('traceback', null, {
  tp_flags: TypeFlags.HAVE_GC,
  tp_basicsize: 64,
  tp_dealloc: (o) => {
    decref((o.a as TbEntry).code);
    xdecref(o.b as PyObject | null);
  },
  tp_getattro: (o, name) => {
    const e = o.a as TbEntry;
    switch (name) {
      case 'tb_next': return newref((o.b as PyObject | null) ?? None);
      case 'tb_lineno': return newInt(e.lineno);
      case 'tb_lasti': return newInt(e.instr * 2);
      case 'tb_frame': {
        incref(e.code);
        return new PyObject(FrameSnapshotType, e.lineno, e.code, null);
      }
    }
    return genericGetAttr(o, name);
  },
});

/** Entries are recorded innermost first; the chain starts at the outermost frame. */
tbHooks.toObject = (entries) => {
  let next: PyObject | null = null;
  for (const e of entries) {
    incref(e.code);
    next = new PyObject(TracebackType, 0, e, next);
  }
  return next ?? newref(None);
};

tbHooks.fromObject = (tb) => {
  const out: TbEntry[] = [];
  for (let t: PyObject | null = tb; t !== null; t = t.b as PyObject | null) {
    const e = t.a as TbEntry;
    incref(e.code);
    out.unshift(e);
  }
  return out;
};

/** The code attributes a traceback reader needs (co_name, co_filename...), unless code.ts defines its own. */
if (td(CodeType).tp_getattro === td(FrameSnapshotType.ob_type).tp_getattro || td(CodeType).tp_getattro === null || td(td(CodeType).tp_base!).tp_getattro === td(CodeType).tp_getattro) {
  const generic = td(CodeType).tp_getattro;
  td(CodeType).tp_getattro = (o, name) => {
    const c = o.a as CodeObject;
    switch (name) {
      case 'co_name': return newStr(c.co_name);
      case 'co_qualname': return newStr(c.co_qualname);
      case 'co_filename': return newStr(c.co_filename);
      case 'co_firstlineno': return newInt(c.co_firstlineno);
      case 'co_argcount': return newInt(c.co_argcount);
    }
    return generic === null ? genericGetAttr(o, name) : generic(o, name);
  };
}
