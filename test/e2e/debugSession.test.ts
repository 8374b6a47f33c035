/**
 * The end-to-end test in a real VS Code: installs the packaged extension
 * (.vsix) into code-server, opens a Python file in headless Chromium, sets
 * a breakpoint inside a function, starts debugging with no launch.json
 * (so the configuration provider's "current file" path is exercised), and
 * checks what a user sees: the stop in the Call Stack, a list in the
 * Variables view, and its `(internals)` child with CPython's `ob_refcnt`.
 * It saves a screenshot for the README on success and one per failure in
 * test-results/.
 *
 * The .vsix is REFSCOPE_VSIX when set, else built by scripts/package.mjs.
 * It deliberately tests one slice through the whole stack, not the
 * adapter's details (test/dap does that), and always ends every process it
 * started, even when a step fails.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

/**
 * Runs `body` with code-server and a browser, saving a screenshot and the
 * server log's tail when it fails, and ending both whatever happens.
 */
async function withWorkbench(name: string, body: (browser: Browser, run: CodeServerRun) => Promise<void>): Promise<void> {
  const run = await launchCodeServer({ root, vsix: vsix(), workspaceTemplate: fixture });
  let browser: Browser | undefined;
  try {
    browser = await openBrowser(path.join(run.runDir, 'chromium-profile'), run.url);
    await body(browser, run);
  } catch (error) {
    const shot = path.join(resultsDir, `${name}.png`);
    if (browser) await screenshot(browser.page, shot).catch(() => undefined);
    const log = existsSync(run.logFile) ? readFileSync(run.logFile, 'utf8').split('\n').slice(-40).join('\n') : '';
    throw new Error(`${(error as Error).message}\n(screenshot: ${shot}; run folder: ${run.runDir})\ncode-server log tail:\n${log}`, {
      cause: error,
    });
  } finally {
    await browser?.close();
    await run.stop();
  }
}

test('F5 on a Python file stops at a breakpoint in a function and shows ob_refcnt under (internals)', { timeout: 240_000 }, async () => {
  await withWorkbench('breakpoint-internals', async ({ page }) => {
    await waitForWorkbench(page);
    await openFile(page, 'app.py');
    await setBreakpoint(page, BREAKPOINT_LINE);

    // No launch.json exists: the configuration provider must turn an empty
    // configuration into "launch the current file".
    await runCommand(page, 'Debug: Start Debugging');

    const frame = callStackFrame(page, 'total');
    await frame.waitFor({ timeout: 60_000 });
    await assert.doesNotReject(pauseMessage(page).filter({ hasText: /breakpoint/i }).waitFor({ timeout: 10_000 }));

    const scores = variableRow(page, /^scores, value \[3, 1, 4\]/);
    await scores.waitFor({ timeout: 20_000 });
    await expand(scores);
    const internals = variableRow(page, /^\(internals\)/);
    await internals.waitFor({ timeout: 10_000 });
    await expand(internals);

    // CPython 3.12 at this line: the global `scores`, the parameter `scores`
    // and the for loop's list iterator each hold one reference, so
    // sys.getrefcount(scores) - 1 == 3.
    const refcount = variableRow(page, /^ob_refcnt, value 3$/);
    await refcount.waitFor({ timeout: 10_000 });
    const type = variableRow(page, /^ob_type, value /);
    await type.waitFor({ timeout: 10_000 });
    const typeLabel = await type.getAttribute('aria-label');
    assert.match(typeLabel ?? '', /list/);

    await screenshot(page, path.join(root, 'images/screenshot.png'));
  });
});
