/**
 * Enforces the habit that every source file (ts, js, mjs, py, sh) opens
 * with a header comment of at least two lines saying what it does and what
 * it deliberately does not, and checks the checker on small samples so the
 * rule cannot pass by accident.
 *
 * It deliberately exempts programs under test (test/**\/fixtures/ and the
 * conformance programs test/conformance/**\/*.py), whose text is data.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headerTextLines, repositoryFiles, repositoryRoot, sourceKind } from './sourceFiles';

test('every source file opens with a header comment of at least two lines', () => {
  const offenders = repositoryFiles().filter((path) => {
    const kind = sourceKind(path);
    if (kind === null) return false;
    return headerTextLines(readFileSync(join(repositoryRoot, path), 'utf8'), kind) < 2;
  });
  assert.deepEqual(offenders, [], `files without a header comment of two or more lines:\n  ${offenders.join('\n  ')}`);
});

test('the header check accepts a two-line block comment and a two-line // block', () => {
  assert.equal(headerTextLines('/**\n * Does one thing.\n * Not another.\n */\nexport {};\n', 'script'), 2);
  assert.equal(headerTextLines('#!/usr/bin/env node\n// Does one thing.\n// Not another.\n', 'script'), 2);
});

test('the header check rejects a missing or one-line header in TypeScript', () => {
  assert.equal(headerTextLines('export const x = 1;\n', 'script'), 0);
  assert.equal(headerTextLines('/** Only one line. */\nexport {};\n', 'script'), 1);
  assert.equal(headerTextLines('/**\n * Only one line.\n */\n', 'script'), 1);
  assert.equal(headerTextLines('import x from "y";\n/**\n * Late.\n * Comment.\n */\n', 'script'), 0);
});

test('the header check reads Python docstrings and # blocks after a shebang', () => {
  assert.equal(headerTextLines('#!/usr/bin/env python3\n"""Runs a thing.\n\nNot another.\n"""\n', 'python'), 2);
  assert.equal(headerTextLines("# -*- coding: utf-8 -*-\nr'''One.\nTwo.'''\n", 'python'), 2);
  assert.equal(headerTextLines('# One.\n# Two.\nprint(1)\n', 'python'), 2);
  assert.equal(headerTextLines('"""Only one."""\nprint(1)\n', 'python'), 1);
  assert.equal(headerTextLines('print(1)\n"""Late.\nDoc."""\n', 'python'), 0);
});

test('the header check reads shell # blocks after the shebang', () => {
  assert.equal(headerTextLines('#!/usr/bin/env bash\n# Installs a thing.\n# Not another.\nset -e\n', 'shell'), 2);
  assert.equal(headerTextLines('#!/usr/bin/env bash\nset -e\n# Late.\n# Comment.\n', 'shell'), 0);
});

test('fixtures of programs under test and conformance programs are exempt', () => {
  assert.equal(sourceKind('test/dap/fixtures/loop.py'), null);
  assert.equal(sourceKind('test/conformance/programs/ints.py'), null);
  assert.equal(sourceKind('test/conformance/goldens.test.ts'), 'script');
  assert.equal(sourceKind('runtime/vm/eval.ts'), 'script');
  assert.equal(sourceKind('bench/fib.py'), 'python');
  assert.equal(sourceKind('.ci/run'), 'shell');
  assert.equal(sourceKind('README.md'), null);
});
