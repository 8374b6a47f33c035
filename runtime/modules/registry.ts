/**
 * The registry of built-in modules: modules implemented in TypeScript,
 * keyed by their Python name, each with a function that builds a fresh
 * module object for one interpreter. A module file registers itself with
 * one line at its end (`registerBuiltinModule('math', makeMath)`) and is
 * listed in runtime/modules/index.ts so that loading the runtime loads it;
 * the importer (runtime/import/importer.ts) asks this registry before it
 * searches sys.path, as CPython's BuiltinImporter comes first in
 * sys.meta_path.
 *
 * It deliberately knows nothing about sys.modules or caching: the importer
 * calls a module's init once per interpreter and caches the result there.
 * `sys` and `builtins` are created by the Interpreter itself and only
 * listed here by name (sys.builtin_module_names).
 */

import type { PyObject } from '../objects/object';
import type { Host } from '../host';
import type { VM } from '../vm/vm';

/** What a built-in module's init may use of the interpreter that imports it. */
export interface ModuleContext {
  readonly host: Host;
  readonly vm: VM;
  /** The interpreter's sys module (borrowed). */
  readonly sys: PyObject;
  /** The interpreter's builtins module (borrowed). */
  readonly builtins: PyObject;
}

/** Builds a new module object (a new reference) for one interpreter. */
export type ModuleInit = (ctx: ModuleContext) => PyObject;

const registry = new Map<string, ModuleInit | null>([
  ['builtins', null],
  ['sys', null],
]);

/** Registers a built-in module; registering a name twice is a programming error. */
export function registerBuiltinModule(name: string, init: ModuleInit): void {
  if (registry.get(name) != null) throw new Error(`built-in module ${name} registered twice`);
  registry.set(name, init);
}

/** The init of a built-in module, or null when no built-in module has that name. */
export function builtinModuleInit(name: string): ModuleInit | null {
  return registry.get(name) ?? null;
}

export function isBuiltinModuleName(name: string): boolean {
  return registry.has(name);
}

/** sys.builtin_module_names: every registered name, sorted as CPython sorts them. */
export function builtinModuleNames(): string[] {
  return Array.from(registry.keys()).sort();
}
