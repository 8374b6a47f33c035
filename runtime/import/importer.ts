/**
 * The import system: what IMPORT_NAME, IMPORT_FROM and `from m import *`
 * do, as CPython 3.12's import.c and importlib._bootstrap do together:
 * relative names resolved from __package__/__spec__/__name__, sys.modules
 * as the cache (a module is there while its body runs, so circular imports
 * see it partially initialised), parents imported before children and the
 * child set as an attribute of its parent, built-in modules from the
 * registry first, then sources found on sys.path or the parent's __path__,
 * fromlist handling for packages, and CPython's exact ImportError and
 * ModuleNotFoundError messages.
 *
 * A module body runs on a nested eval loop, as CPython runs it on a nested
 * C call of the eval loop; its frames appear in tracebacks with their own
 * file. It deliberately has no import locks (one thread), no
 * sys.meta_path/path_hooks objects and no bytecode caches.
 */

import { PyObject, decref, newref, incref } from '../objects/object';
import { PyErr, raise } from '../objects/errors';
import { None } from '../objects/none';
import { newStr, isStr } from '../objects/str';
import { newList, isList } from '../objects/list';
import { isTuple } from '../objects/tuple';
import { dictGetStr, dictGetItem, dictSetItem, dictDelItem, dictItems, isDict } from '../objects/dict';
import { newModule, setStrItem, initializingModules } from '../objects/module';
import { excType } from '../objects/exceptions';
import { newCode } from '../objects/code';
import * as abs from '../objects/abstract';
import { isSubtype } from '../objects/typeobject';
import type { Host } from '../host';
import type { VM } from '../vm/vm';
import { parse } from '../syntax/parser';
import { compile } from '../compiler/compile';
import { builtinModuleInit, type ModuleContext } from '../modules/registry';
import { SourceReader, findOnPath, type FoundModule } from './finder';
import { newModuleSpec } from './moduleSpec';
import { syntaxErrorObject } from './syntaxErrorObject';
import { dirname, joinPath } from './paths';

export class Importer {
  readonly reader: SourceReader;

  constructor(
    readonly host: Host,
    readonly vm: VM,
    readonly sys: PyObject,
    readonly builtins: PyObject,
  ) {
    this.reader = new SourceReader(host);
  }

  /** sys.modules, borrowed. */
  get modules(): PyObject {
    const m = dictGetStr(this.sys.dict!, 'modules');
    if (m === null || !isDict(m)) raise('RuntimeError', 'unable to get sys.modules');
    return m;
  }

  /** __import__(name, globals, locals, fromlist, level): a new reference. */
  importName(name: string, globals: PyObject | null, fromlist: PyObject | null, level: number): PyObject {
    if (level < 0) raise('ValueError', 'level must be >= 0');
    const absName = level > 0 ? this.resolveName(name, globals, level) : name;
    if (absName.length === 0) raise('ValueError', 'Empty module name');
    const mod = this.importAbsolute(absName);
    const hasFromlist = fromlist !== null && fromlist !== None && abs.isTrue(fromlist);
    if (!hasFromlist) {
      if (level === 0 || name.length > 0) {
        const dot = name.indexOf('.');
        if (dot < 0) return mod;
        const front = name.slice(0, dot);
        decref(mod);
        const target = level === 0 ? front : absName.slice(0, absName.length - (name.length - front.length));
        const top = dictGetStr(this.modules, target);
        if (top === null) raise('KeyError', `'${target}' not in sys.modules as expected`);
        return newref(top);
      }
      return mod;
    }
    if (hasAttr(mod, '__path__')) this.handleFromlist(mod, fromlist!, false);
    return mod;
  }

  /** importlib._bootstrap._handle_fromlist: imports submodules named in fromlist. */
  private handleFromlist(mod: PyObject, fromlist: PyObject, recursive: boolean): void {
    const items = abs.iterToArray(fromlist);
    try {
      for (const x of items) {
        if (!isStr(x)) {
          const where = recursive ? `${abs.str(abs.getAttr(mod, '__name__'))}.__all__` : '``from list``';
          raise('TypeError', `Item in ${where} must be str, not ${abs.typeNameOf(x)}`);
        }
        const s = x.a as string;
        if (s === '*') {
          if (!recursive) {
            const all = abs.lookupAttr(mod, '__all__');
            if (all !== null) {
              try {
                this.handleFromlist(mod, all, true);
              } finally {
                decref(all);
              }
            }
          }
          continue;
        }
        if (hasAttr(mod, s)) continue;
        const modName = abs.getAttr(mod, '__name__');
        const fromName = `${abs.str(modName)}.${s}`;
        decref(modName);
        try {
          decref(this.importAbsolute(fromName));
        } catch (e) {
          // A submodule that does not exist is not an error here: the name may be an attribute set later.
          if (e instanceof PyErr && isSubtype(e.exc.ob_type, excType('ModuleNotFoundError'))) {
            const excName = abs.lookupAttr(e.exc, 'name');
            const same = excName !== null && isStr(excName) && excName.a === fromName;
            if (excName !== null) decref(excName);
            if (same && dictGetStr(this.modules, fromName) !== None) {
              decref(e.exc);
              continue;
            }
          }
          throw e;
        }
      }
    } finally {
      for (const x of items) decref(x);
    }
  }

  /** importlib._bootstrap._resolve_name with the package computed as _calc___package__ does. */
  private resolveName(name: string, globals: PyObject | null, level: number): string {
    if (globals === null || !isDict(globals)) raise('KeyError', "'__name__' not in globals");
    let pkg = dictGetStr(globals, '__package__');
    let pkgName: string;
    if (pkg !== null && pkg !== None) {
      if (!isStr(pkg)) raise('TypeError', 'package must be a string');
      pkgName = pkg.a as string;
    } else {
      const spec = dictGetStr(globals, '__spec__');
      pkg = spec !== null && spec !== None ? abs.lookupAttr(spec, 'parent') : null;
      if (pkg !== null) {
        if (!isStr(pkg)) raise('TypeError', '__spec__.parent must be a string');
        pkgName = pkg.a as string;
        decref(pkg);
      } else {
        const n = dictGetStr(globals, '__name__');
        if (n === null) raise('KeyError', "'__name__' not in globals");
        if (!isStr(n)) raise('TypeError', '__name__ must be a string');
        pkgName = n.a as string;
        if (dictGetStr(globals, '__path__') === null) pkgName = pkgName.slice(0, Math.max(0, pkgName.lastIndexOf('.')));
      }
    }
    if (pkgName.length === 0) raiseImportError('attempted relative import with no known parent package');
    const bits = pkgName.split('.');
    if (bits.length < level) raiseImportError('attempted relative import beyond top-level package');
    const base = bits.slice(0, bits.length - (level - 1)).join('.');
    return name.length > 0 ? `${base}.${name}` : base;
  }

  /** The module named absName from sys.modules, importing it when absent: a new reference. */
  importAbsolute(absName: string): PyObject {
    const modules = this.modules;
    const cached = dictGetStr(modules, absName);
    if (cached !== null) {
      if (cached === None) this.raiseNotFound(`import of ${absName} halted; None in sys.modules`, absName);
      return newref(cached);
    }
    return this.findAndLoad(absName);
  }

  private findAndLoad(name: string): PyObject {
    const dot = name.lastIndexOf('.');
    let searchPath: string[] | null = null;
    let parentModule: PyObject | null = null;
    if (dot >= 0) {
      const parent = name.slice(0, dot);
      if (dictGetStr(this.modules, parent) === null) decref(this.importAbsolute(parent));
      const already = dictGetStr(this.modules, name);
      if (already !== null) return newref(already);
      parentModule = dictGetStr(this.modules, parent);
      if (parentModule === null) raise('KeyError', `'${parent}'`);
      const parentPath = abs.lookupAttr(parentModule, '__path__');
      if (parentPath === null) this.raiseNotFound(`No module named '${name}'; '${parent}' is not a package`, name);
      searchPath = this.pathEntries(parentPath);
      decref(parentPath);
    }
    let mod: PyObject;
    const init = dot < 0 ? builtinModuleInit(name) : null;
    if (init !== null) {
      mod = this.loadBuiltin(name, init);
    } else {
      const found = findOnPath(this.reader, name, searchPath ?? this.pathEntries(dictGetStr(this.sys.dict!, 'path')));
      if (found === null) this.raiseNotFound(`No module named '${name}'`, name);
      mod = this.loadSource(found);
    }
    if (parentModule !== null) {
      const child = name.slice(dot + 1);
      abs.setAttr(parentModule, child, mod);
    }
    return mod;
  }

  /** The str entries of a path list (sys.path or __path__); other entries are skipped as CPython skips them. */
  private pathEntries(list: PyObject | null): string[] {
    if (list === null || !(isList(list) || isTuple(list))) return [];
    return (list.a as PyObject[]).filter(isStr).map((s) => s.a as string);
  }

  private loadBuiltin(name: string, init: (ctx: ModuleContext) => PyObject): PyObject {
    const mod = init({ host: this.host, vm: this.vm, sys: this.sys, builtins: this.builtins });
    mod.b = 'built-in';
    const d = mod.dict!;
    if (dictGetStr(d, '__spec__') === null || dictGetStr(d, '__spec__') === None) {
      setStrItem(d, '__spec__', newModuleSpec(name, 'built-in', null, false));
    }
    if (dictGetStr(d, '__package__') === null) setStrItem(d, '__package__', newStr(''));
    dictSetItem(this.modules, newStrTemp(name), mod);
    return mod;
  }

  /** Creates the module, registers it in sys.modules, runs its body; a new reference. */
  private loadSource(found: FoundModule): PyObject {
    const name = found.name;
    const mod = newModule(name);
    const d = mod.dict!;
    const isPkg = found.searchLocations !== null;
    const pkgName = isPkg ? name : name.slice(0, Math.max(0, name.lastIndexOf('.')));
    setStrItem(d, '__package__', newStr(pkgName));
    setStrItem(d, '__loader__', newref(None));
    setStrItem(d, '__spec__', newModuleSpec(name, found.origin, found.searchLocations, found.origin !== null));
    if (isPkg) setStrItem(d, '__path__', newList(found.searchLocations!.map((p) => newStr(p))));
    if (found.origin !== null) {
      setStrItem(d, '__file__', newStr(found.origin));
      const stem = found.origin.slice(found.origin.lastIndexOf('/') + 1).replace(/\.py$/, '');
      setStrItem(d, '__cached__', newStr(joinPath(joinPath(dirname(found.origin), '__pycache__'), `${stem}.cpython-312.pyc`)));
    }
    const key = newStr(name);
    dictSetItem(this.modules, key, mod);
    if (found.source === null) {
      decref(key);
      return mod;
    }
    initializingModules.add(mod);
    try {
      this.execSource(mod, found.source, found.origin!);
    } catch (e) {
      if (dictGetItem(this.modules, key) !== null) dictDelItem(this.modules, key);
      decref(key);
      decref(mod);
      throw e;
    } finally {
      initializingModules.delete(mod);
    }
    // The body may have replaced its own entry in sys.modules; that object is what import returns.
    const final = dictGetItem(this.modules, key);
    decref(key);
    if (final === null) {
      decref(mod);
      raise('KeyError', `'${name}'`);
    }
    incref(final);
    decref(mod);
    return final;
  }

  /** Compiles and runs source as the body of mod (a SyntaxError is raised as CPython raises it). */
  execSource(mod: PyObject, source: string, filename: string): void {
    const parsed = parse(source, filename, 'exec');
    if (parsed.errors.length > 0 || parsed.tree === null) throw new PyErr(syntaxErrorObject(parsed.errors[0]));
    const compiled = compile(parsed.tree, filename, 'exec', source);
    if (compiled.code === null) throw new PyErr(syntaxErrorObject(compiled.errors[0]));
    const g = mod.dict!;
    if (dictGetStr(g, '__builtins__') === null) setStrItem(g, '__builtins__', newref(this.builtins.dict!));
    const codeObj = newCode(compiled.code);
    try {
      decref(this.vm.runCodeNested(codeObj, g, this.builtins.dict!, g, null));
    } finally {
      decref(codeObj);
    }
  }

  /** IMPORT_FROM: getattr(module, name), falling back on sys.modules['module.name']; a new reference. */
  importFrom(mod: PyObject, name: string): PyObject {
    const v = abs.lookupAttr(mod, name);
    if (v !== null) return v;
    const modName = abs.lookupAttr(mod, '__name__');
    let pkgName = '<unknown module name>';
    if (modName !== null) {
      if (isStr(modName)) {
        pkgName = modName.a as string;
        const sub = dictGetStr(this.modules, `${pkgName}.${name}`);
        if (sub !== null) {
          decref(modName);
          return newref(sub);
        }
      }
      decref(modName);
    }
    const file = mod.dict !== null ? dictGetStr(mod.dict, '__file__') : null;
    const r = (s: string) => abs.repr(newStrTemp(s));
    let msg: string;
    if (file === null || !isStr(file)) msg = `cannot import name ${r(name)} from ${r(pkgName)} (unknown location)`;
    else if (initializingModules.has(mod)) msg = `cannot import name ${r(name)} from partially initialized module ${r(pkgName)} (most likely due to a circular import) (${file.a as string})`;
    else msg = `cannot import name ${r(name)} from ${r(pkgName)} (${file.a as string})`;
    throw new PyErr(newImportError('ImportError', msg, pkgName, file !== null && isStr(file) ? (file.a as string) : null));
  }

  /** `from mod import *` into a module's or class body's locals mapping. */
  importStar(mod: PyObject, locals: PyObject): void {
    const all = abs.lookupAttr(mod, '__all__');
    let names: PyObject[];
    let fromAll = true;
    if (all !== null) {
      names = abs.iterToArray(all);
      decref(all);
    } else {
      fromAll = false;
      const dict = abs.lookupAttr(mod, '__dict__');
      if (dict === null) raise('ImportError', 'from-import-* object has no __dict__ and no __all__');
      names = [];
      for (const [k] of dictItems(dict)) {
        incref(k);
        names.push(k);
      }
      decref(dict);
    }
    try {
      for (const n of names) {
        if (!isStr(n)) {
          const modName = abs.lookupAttr(mod, '__name__');
          const where = modName !== null && isStr(modName) ? `${modName.a as string}.${fromAll ? '__all__' : '__dict__'}` : fromAll ? '__all__' : '__dict__';
          if (modName !== null) decref(modName);
          raise('TypeError', `${fromAll ? 'Item in' : 'Key in'} ${where} must be str, not ${abs.typeNameOf(n)}`);
        }
        const s = n.a as string;
        if (!fromAll && s.startsWith('_')) continue;
        const v = abs.getAttr(mod, s);
        if (isDict(locals)) dictSetItem(locals, n, v);
        else abs.setItem(locals, n, v);
        decref(v);
      }
    } finally {
      for (const n of names) decref(n);
    }
  }

  private raiseNotFound(msg: string, name: string): never {
    throw new PyErr(newImportError('ModuleNotFoundError', msg, name, null));
  }
}

/** An ImportError whose name and path are None, as CPython's import.c raises them. */
function raiseImportError(msg: string): never {
  throw new PyErr(newImportError('ImportError', msg, null, null));
}

/** A str for a transient lookup or repr; the caller does not keep it. */
function newStrTemp(s: string): PyObject {
  return newStr(s);
}

/** A new ImportError (or subclass) with its name and path, made as ImportError(msg, name=..., path=...) makes it. */
function newImportError(kind: 'ImportError' | 'ModuleNotFoundError', msg: string, name: string | null, path: string | null): PyObject {
  const args = [newStr(msg), name === null ? newref(None) : newStr(name), path === null ? newref(None) : newStr(path)];
  try {
    return abs.call(excType(kind), args, ['name', 'path']);
  } finally {
    for (const a of args) decref(a);
  }
}

function hasAttr(o: PyObject, name: string): boolean {
  const v = abs.lookupAttr(o, name);
  if (v === null) return false;
  decref(v);
  return true;
}
