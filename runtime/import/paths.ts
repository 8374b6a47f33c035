/**
 * POSIX path arithmetic for the importer (what posixpath.join, dirname and
 * normpath do), since runtime/ may not use Node's `path`. Paths are the
 * strings the Host's readFile accepts.
 *
 * It deliberately handles only '/' separators: the runtime presents a
 * POSIX view of files, as python3.12 on Linux does.
 */

export function joinPath(dir: string, name: string): string {
  if (name.startsWith('/')) return name;
  if (dir === '') return name;
  return dir.endsWith('/') ? dir + name : dir + '/' + name;
}

export function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  if (i < 0) return '';
  if (i === 0) return '/';
  let head = p.slice(0, i);
  while (head.length > 1 && head.endsWith('/')) head = head.slice(0, -1);
  return head;
}

/** posixpath.normpath: collapses '.', '..' and repeated slashes. */
export function normPath(p: string): string {
  if (p === '') return '.';
  const absolute = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (part === '..' && absolute) continue;
    else out.push(part);
  }
  const joined = out.join('/');
  return absolute ? '/' + joined : joined || '.';
}
