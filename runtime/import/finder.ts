/**
 * Finding a module's source, as CPython's PathFinder and FileFinder do for
 * source files: for each directory of a search path (sys.path for top-level
 * names, the parent package's __path__ for submodules), a package directory
 * with an __init__.py comes first, then NAME.py; directories without
 * __init__.py become portions of a namespace package when nothing else is
 * found. Files are read only through the Host, except the standard-library
 * modules shipped inside the runtime (runtime/lib/), which live under the
 * virtual directory STDLIB_DIR and are served from stdlibSources.ts.
 *
 * It deliberately knows no bytecode caches, extension modules or zip
 * imports: only `.py` sources exist for this runtime.
 */

import type { Host } from '../host';
import { STDLIB_SOURCES } from '../lib/stdlibSources';
import { joinPath } from './paths';

/** Where the runtime's own standard library appears on sys.path and in __file__. */
export const STDLIB_DIR = '/refscope/lib/python3.12';

export interface FoundModule {
  /** The module's full dotted name. */
  name: string;
  /** The source file, or null for a namespace package. */
  origin: string | null;
  source: string | null;
  /** __path__ for packages, null for plain modules. */
  searchLocations: string[] | null;
}

/** Reads files through the Host, and the embedded standard library under STDLIB_DIR. */
export class SourceReader {
  constructor(private readonly host: Host) {}

  readFile(path: string): string | null {
    if (path.startsWith(STDLIB_DIR + '/')) return STDLIB_SOURCES[path.slice(STDLIB_DIR.length + 1)] ?? null;
    return this.host.readFile(path);
  }

  isDir(path: string): boolean {
    if (path === STDLIB_DIR) return true;
    if (path.startsWith(STDLIB_DIR + '/')) {
      const rel = path.slice(STDLIB_DIR.length + 1) + '/';
      return Object.keys(STDLIB_SOURCES).some((k) => k.startsWith(rel));
    }
    return this.host.isDir?.(path) ?? false;
  }
}

/** Searches `path` (a list of directories) for `name`, whose last part is `tail`. */
export function findOnPath(reader: SourceReader, name: string, path: readonly string[]): FoundModule | null {
  const tail = name.slice(name.lastIndexOf('.') + 1);
  const namespacePortions: string[] = [];
  for (const entry of path) {
    const base = joinPath(entry, tail);
    const init = joinPath(base, '__init__.py');
    const initSource = reader.readFile(init);
    if (initSource !== null) return { name, origin: init, source: initSource, searchLocations: [base] };
    const isDir = reader.isDir(base);
    const file = base + '.py';
    const source = reader.readFile(file);
    if (source !== null) return { name, origin: file, source, searchLocations: null };
    if (isDir) namespacePortions.push(base);
  }
  if (namespacePortions.length > 0) return { name, origin: null, source: null, searchLocations: namespacePortions };
  return null;
}
