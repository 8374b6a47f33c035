/**
 * Wires the import system into one interpreter: the Importer behind the
 * VM's import hooks, sys.modules holding sys, builtins and __main__,
 * sys.path (the main script's directory first, then PYTHONPATH, then the
 * runtime's own standard library), sys.builtin_module_names, and
 * builtins.__import__. It also finds the module `refscope -m NAME` runs.
 *
 * It deliberately leaves finding and loading to importer.ts and finder.ts.
 */

import { PyObject, decref, newref } from '../objects/object';
import { raise } from '../objects/errors';
import { None } from '../objects/none';
import { newStr, isStr } from '../objects/str';
import { newList } from '../objects/list';
import { newInt } from '../objects/int';
import { newTuple, EmptyTuple } from '../objects/tuple';
import { dictGetStr, dictSetItem } from '../objects/dict';
import { setStrItem } from '../objects/module';
import { newBuiltinFunction } from '../objects/methodobject';
import { splitKwargs, checkKwargs } from '../objects/args';
import * as abs from '../objects/abstract';
import type { Host } from '../host';
import type { VM } from '../vm/vm';
import { builtinModuleNames } from '../modules/registry';
import '../modules/index';
import { Importer } from './importer';
import { STDLIB_DIR, findOnPath, type FoundModule } from './finder';
import { dirname } from './paths';
import { newModuleSpec } from './moduleSpec';

export function installImportSystem(host: Host, vm: VM, sys: PyObject, builtins: PyObject): Importer {
  const importer = new Importer(host, vm, sys, builtins);
  vm.importer = {
    importName: (name, globals, fromlist, level) => importer.importName(name, globals, fromlist, level),
    importFrom: (m, name) => importer.importFrom(m, name),
    importStar: (m, locals) => importer.importStar(m, locals),
  };
  const sd = sys.dict!;
  const modules = dictGetStr(sd, 'modules')!;
  const put = (name: string, m: PyObject) => {
    const k = newStr(name);
    dictSetItem(modules, k, m);
    decref(k);
  };
  put('sys', sys);
  put('builtins', builtins);
  const extra = (host.env.PYTHONPATH ?? '').split(':').filter((p) => p !== '');
  setStrItem(sd, 'path', newList([newStr(''), ...extra.map((p) => newStr(p)), newStr(STDLIB_DIR)]));
  setStrItem(sd, 'builtin_module_names', newTuple(builtinModuleNames().map((n) => newStr(n))));
  setStrItem(builtins.dict!, '__import__', newBuiltinFunction('__import__', (_s, args, kwnames) => builtinImport(importer, args, kwnames), 'builtins'));
  return importer;
}

/** __import__(name, globals=None, locals=None, fromlist=(), level=0). */
function builtinImport(importer: Importer, args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const [pos, kw] = splitKwargs(args, kwnames);
  checkKwargs('__import__', kw, ['name', 'globals', 'locals', 'fromlist', 'level']);
  const name = pos[0] ?? kw.get('name');
  if (name === undefined) raise('TypeError', "__import__() missing required argument 'name' (pos 1)");
  if (!isStr(name)) raise('TypeError', 'module name must be a string');
  const globals = pos[1] ?? kw.get('globals') ?? None;
  const fromlist = pos[3] ?? kw.get('fromlist') ?? EmptyTuple;
  const levelObj = pos[4] ?? kw.get('level');
  const level = levelObj === undefined ? 0 : abs.indexOf(levelObj);
  return importer.importName(name.a as string, globals === None ? null : globals, fromlist, level);
}

/** sys.path[0]: the main script's directory, or '' for -c (the current directory). */
export function setMainPath(importer: Importer, filename: string): void {
  const path = dictGetStr(importer.sys.dict!, 'path');
  if (path === null || !abs.isTrue(path)) return;
  const first = filename.startsWith('<') ? '' : dirname(filename);
  const s = newStr(first);
  const zero = newInt(0);
  abs.setItem(path, zero, s);
  decref(zero);
  decref(s);
}

/** Registers __main__ in sys.modules with the attributes a script's __main__ has. */
export function registerMain(importer: Importer, main: PyObject, filename: string): void {
  const g = main.dict!;
  if (dictGetStr(g, '__package__') === null) setStrItem(g, '__package__', newref(None));
  if (dictGetStr(g, '__loader__') === null) setStrItem(g, '__loader__', newref(None));
  if (dictGetStr(g, '__spec__') === null) setStrItem(g, '__spec__', newref(None));
  void filename;
  const k = newStr('__main__');
  dictSetItem(importer.modules, k, main);
  decref(k);
}

/** The source of the module `-m NAME` runs (a package runs its __main__ submodule), or null. */
export function findMainModule(importer: Importer, name: string): FoundModule | null {
  const path = dictGetStr(importer.sys.dict!, 'path');
  const entries = path === null ? [] : (path.a as PyObject[]).filter(isStr).map((s) => s.a as string);
  const dot = name.lastIndexOf('.');
  let search = entries;
  if (dot >= 0) {
    const parent = importer.importAbsolute(name.slice(0, dot));
    const p = abs.lookupAttr(parent, '__path__');
    decref(parent);
    search = p === null ? [] : (p.a as PyObject[]).filter(isStr).map((s) => s.a as string);
    if (p !== null) decref(p);
  }
  const found = findOnPath(importer.reader, name, search);
  if (found !== null && found.searchLocations !== null) return findMainModule(importer, `${name}.__main__`);
  return found;
}

/** What runpy gives __main__ under -m: sys.argv[0] and __file__ are the module's path, __spec__ and __package__ its own. */
export function setMainModuleAttrs(importer: Importer, main: PyObject | null, found: FoundModule): void {
  if (main === null || found.origin === null) return;
  const g = main.dict!;
  const dot = found.name.lastIndexOf('.');
  setStrItem(g, '__package__', newStr(dot < 0 ? '' : found.name.slice(0, dot)));
  setStrItem(g, '__spec__', newModuleSpec(found.name, found.origin, null, true));
  const argv = dictGetStr(importer.sys.dict!, 'argv');
  if (argv !== null && abs.isTrue(argv)) {
    const zero = newInt(0);
    const s = newStr(found.origin);
    abs.setItem(argv, zero, s);
    decref(zero);
    decref(s);
  }
}
