/**
 * Lists the repository's files for the repository-wide tests: what git
 * tracks plus untracked files git does not ignore, so a file counts the
 * moment it is written, before anyone commits it. Also measures the header
 * comment a source file opens with (see headerTextLines).
 *
 * It deliberately walks no folders itself: .gitignore already says what is
 * build output, cache or dependency, and the tests should agree with it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const repositoryRoot = join(import.meta.dirname, '..', '..');

/** Every tracked or untracked-but-not-ignored file that still exists, relative to the root. */
export function repositoryFiles(): string[] {
  const output = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: repositoryRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const files = output.split('\0').filter((f) => f !== '');
  // A file deleted but not yet committed is still listed by --cached.
  return [...new Set(files)].filter((f) => existsSync(join(repositoryRoot, f))).sort();
}

export type SourceKind = 'script' | 'python' | 'shell';

/** The kind of source file `path` is, or null when headers are not required of it. */
export function sourceKind(path: string): SourceKind | null {
  if (path.startsWith('node_modules/') || path.startsWith('dist/')) return null;
  if (/^test\/(.*\/)?fixtures\//.test(path)) return null;
  if (/^test\/conformance\/.*\.py$/.test(path)) return null;
  if (/\.(ts|mts|cts|js|mjs|cjs)$/.test(path)) return 'script';
  if (/\.py$/.test(path)) return 'python';
  if (/\.sh$/.test(path) || path === '.ci/run') return 'shell';
  return null;
}

/** Lines that carry words (not only comment punctuation). */
const hasText = (line: string): boolean => /[\p{L}\p{N}]/u.test(line);

/**
 * How many lines with text the comment (or docstring) that opens the file
 * has, after an optional shebang line (and, for Python, an optional coding
 * line); 0 when the file does not open with one.
 */
export function headerTextLines(text: string, kind: SourceKind): number {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let i = 0;
  if (lines[i]?.startsWith('#!')) i++;
  if (kind === 'python' && /^#.*coding[:=]/.test(lines[i] ?? '')) i++;
  while (i < lines.length && lines[i].trim() === '') i++;
  const first = (lines[i] ?? '').trim();
  if (kind === 'script') {
    if (first.startsWith('/*')) return countUntil(lines, i, '*/', first.slice(2));
    return countLineComments(lines, i, '//');
  }
  if (kind === 'python') {
    const quote = /^[rRuU]?("""|''')/.exec(first);
    if (quote) return countUntil(lines, i, quote[1], first.slice(quote[0].length));
  }
  return countLineComments(lines, i, '#');
}

/** Counts text lines of a delimited comment starting on line `start`, whose rest after the opener is `rest`. */
function countUntil(lines: string[], start: number, closer: string, rest: string): number {
  let count = 0;
  for (let i = start; i < lines.length; i++) {
    const line = i === start ? rest : lines[i];
    const end = line.indexOf(closer);
    const inside = end >= 0 ? line.slice(0, end) : line;
    if (hasText(inside)) count++;
    if (end >= 0) return count;
  }
  return 0; // Never closed: not a header.
}

/** Counts consecutive text-bearing line comments (`//` or `#`) from line `start`. */
function countLineComments(lines: string[], start: number, marker: string): number {
  let count = 0;
  for (let i = start; i < lines.length && lines[i].trim().startsWith(marker); i++) {
    if (hasText(lines[i].trim().slice(marker.length))) count++;
  }
  return count;
}
