/**
 * Turns interpreter objects into Variables-view rows: Python's repr as the
 * value, the type name as the type, the items of containers as children,
 * and an "(internals)" group (ob_refcnt, ob_type, id, sys.getsizeof) under
 * every object, so the reference count is one expansion away. Rows that
 * expand get a handle from the controller's handle table.
 *
 * It deliberately runs no Python code of its own and changes nothing: it
 * only reads through the VmPort.
 */

import type { ObjectView, VariableView } from './api';
import type { VmObject, VmPort } from './vmPort';

/** What a row's handle expands to. */
export type ObjectHandle = { kind: 'children'; obj: VmObject } | { kind: 'internals'; obj: VmObject };

/** The synthetic group under every object. */
export const INTERNALS_GROUP = '(internals)';

/** Containers longer than this show their first items and a note; the Variables view cannot page them yet. */
export const MAX_CHILDREN = 1000;

export function describeObject(port: VmPort, obj: VmObject): ObjectView {
  return {
    repr: port.repr(obj),
    typeName: port.typeName(obj),
    refcount: port.refcount(obj),
    address: port.address(obj),
    size: port.size(obj),
  };
}

export class ObjectRows {
  constructor(
    private readonly port: VmPort,
    private readonly allocate: (handle: ObjectHandle) => number,
  ) {}

  /** The row for one named object; it always expands (to its items and its internals). */
  row(name: string, obj: VmObject): VariableView {
    const object = describeObject(this.port, obj);
    return {
      name,
      value: object.repr,
      type: object.typeName,
      variablesRef: this.allocate({ kind: 'children', obj }),
      object,
    };
  }

  /** The rows under an object or under its internals group. */
  expand(handle: ObjectHandle): VariableView[] {
    return handle.kind === 'internals' ? this.internals(handle.obj) : this.children(handle.obj);
  }

  private children(obj: VmObject): VariableView[] {
    const rows: VariableView[] = [];
    const children = this.port.children(obj);
    let total = 0;
    if (children?.kind === 'sequence') {
      total = children.items.length;
      children.items.slice(0, MAX_CHILDREN).forEach((item, index) => rows.push(this.row(`[${index}]`, item)));
    } else if (children?.kind === 'mapping') {
      total = children.entries.length;
      for (const [key, value] of children.entries.slice(0, MAX_CHILDREN)) rows.push(this.row(this.port.repr(key), value));
    } else if (children?.kind === 'attributes') {
      total = children.entries.length;
      for (const [name, value] of children.entries.slice(0, MAX_CHILDREN)) rows.push(this.row(name, value));
    }
    if (total > MAX_CHILDREN) {
      rows.push({ name: '(more)', value: `${total - MAX_CHILDREN} more not shown`, type: '', variablesRef: 0 });
    }
    rows.push({
      name: INTERNALS_GROUP,
      value: '',
      type: '',
      variablesRef: this.allocate({ kind: 'internals', obj }),
      presentation: 'internals',
    });
    return rows;
  }

  private internals(obj: VmObject): VariableView[] {
    const view = describeObject(this.port, obj);
    const field = (name: string, value: string, type: string): VariableView => ({
      name,
      value,
      type,
      variablesRef: 0,
      presentation: 'internals',
    });
    return [
      field('ob_refcnt', String(view.refcount), 'int'),
      field('ob_type', view.typeName, 'type'),
      // Decimal, as id() prints it, so it can be compared with the program's output.
      field('id', String(view.address), 'int'),
      field('sys.getsizeof', String(view.size), 'int'),
    ];
  }
}
