/**
 * The end-to-end tests in a real VS Code, sharing one code-server (with the
 * packaged extension, a .vsix, installed) and one headless Chromium:
 * - a file with a syntax error shows the language server's diagnostic, with
 *   CPython's message and position, in the Problems view;
 * - with no launch.json (so the configuration provider's "current file"
 *   path is exercised), a breakpoint inside a function stops the program,
 *   the Call Stack shows the function, and a list in the Variables view has
 *   an `(internals)` child with CPython's `ob_refcnt`.
 * It saves a screenshot for the README on success and one per failure in
 * test-results/.
 *
 * The .vsix is REFSCOPE_VSIX when set, else built by scripts/package.mjs.
 * It deliberately tests one slice through the whole stack, not the
 * adapter's details (test/dap does that), and always ends every process it
 * started, even when a step fails.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchCodeServer, type CodeServerRun } from './codeServer';
import {
  callStackFrame,
  expand,
  openBrowser,
  openFile,
  pauseMessage,
  runCommand,
  screenshot,
  setBreakpoint,
  variableRow,
  waitForWorkbench,
  type Browser,
} from './workbench';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = path.join(root, 'test/e2e/fixtures/workspace');
const resultsDir = path.join(root, 'test-results');

/** The line of app.py inside `total` where the test stops (1-based, as the editor shows it). */
const BREAKPOINT_LINE = 8;

function vsix(): string {
  if (process.env.REFSCOPE_VSIX) return path.resolve(process.env.REFSCOPE_VSIX);
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/package.mjs'), '--no-check'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 5 * 60_000,
  });
  const line = (result.stdout ?? '').split('\n').find((l) => l.startsWith('package: wrote '));
  if (result.status !== 0 || !line) {
    throw new Error(`scripts/package.mjs failed (status ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return line.slice('package: wrote '.length).trim();
}

let run: CodeServerRun | undefined;
let browser: Browser | undefined;

before(async () => {
  run = await launchCodeServer({ vsix: vsix(), workspaceTemplate: fixture });
  try {
    browser = await openBrowser(path.join(run.runDir, 'chromium-profile'), run.url);
    await waitForWorkbench(browser.page);
  } catch (error) {
    await failed('workbench-start', error);
  }
});

after(async () => {
  await browser?.close();
  await run?.stop();
});

/** Saves a screenshot and the server log's tail, then rethrows with both named. */
async function failed(name: string, error: unknown): Promise<never> {
  const shot = path.join(resultsDir, `${name}.png`);
  if (browser) await screenshot(browser.page, shot).catch(() => undefined);
  const logFile = run?.logFile ?? '';
  const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n') : '';
  throw new Error(`${(error as Error).message}\n(screenshot: ${shot}; run folder: ${run?.runDir})\ncode-server log tail:\n${log}`, {
    cause: error,
  });
}

/** Runs one scenario against the shared workbench, screenshotting a failure. */
async function scenario(name: string, body: (page: Page) => Promise<void>): Promise<void> {
  assert.ok(browser, 'the workbench did not start');
  try {
    await body(browser.page);
  } catch (error) {
    await failed(name, error);
  }
}

test('a syntax error shows in the Problems view with CPython\'s message and position', { timeout: 120_000 }, async () => {
  await scenario('syntax-error-diagnostic', async (page) => {
    await openFile(page, 'broken.py');
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 30_000 });
    await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
    // CPython 3.12: SyntaxError "expected ':'" at line 5, offset 14 (1-based).
    const marker = page.locator('.markers-panel .monaco-list-row', { hasText: "expected ':'" }).first();
    await marker.waitFor({ timeout: 15_000 });
    const label = (await marker.getAttribute('aria-label')) ?? '';
    assert.match(label, /line 5 column 14/, label);
    assert.match(label, /refscope/, label);
  });
});

test('F5 on a Python file stops at a breakpoint in a function and shows ob_refcnt under (internals)', { timeout: 180_000 }, async () => {
  await scenario('breakpoint-internals', async (page) => {
    await openFile(page, 'app.py');
    await setBreakpoint(page, BREAKPOINT_LINE);

    // No launch.json exists: the configuration provider must turn an empty
    // configuration into "launch the current file".
    await runCommand(page, 'Debug: Start Debugging');

    const frame = callStackFrame(page, 'total');
    await frame.waitFor({ timeout: 60_000 });
    await pauseMessage(page).filter({ hasText: /breakpoint/i }).waitFor({ timeout: 10_000 });

    const scores = variableRow(page, /^scores, value \[3, 1, 4\]/);
    await scores.waitFor({ timeout: 20_000 });
    await expand(scores);
    const internals = variableRow(page, /^\(internals\)/);
    await internals.waitFor({ timeout: 10_000 });
    await expand(internals);

    // CPython 3.12 at this line: the global `scores`, the parameter `scores`
    // and the for loop's list iterator each hold one reference, so
    // sys.getrefcount(scores) - 1 == 3.
    await variableRow(page, /^ob_refcnt, value 3$/).waitFor({ timeout: 10_000 });
    const type = variableRow(page, /^ob_type, value /);
    await type.waitFor({ timeout: 10_000 });
    assert.match((await type.getAttribute('aria-label')) ?? '', /list/);

    await screenshot(page, path.join(root, 'images/screenshot.png'));
  });
});
