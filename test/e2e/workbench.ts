/**
 * Drives VS Code's workbench in headless Chromium through playwright-core:
 * open a browser on a code-server URL, open a file, set a breakpoint, start
 * debugging, and read the Call Stack and Variables views. The selectors are
 * those measured on VS Code 1.100 (shared/notes/vscode-e2e.md); matching is
 * on aria-labels, which VS Code keeps stable, rather than on rendered text.
 *
 * It deliberately knows nothing about Refscope's runtime: it is the
 * vocabulary the end-to-end tests are written in.
 */
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

export const CHROMIUM = process.env.REFSCOPE_CHROMIUM ?? '/usr/bin/chromium';

export interface Browser {
  readonly context: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

export async function openBrowser(profileDir: string, url: string): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium`);
  mkdirSync(profileDir, { recursive: true });
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  let closed = false;
  return {
    context,
    page,
    close: async () => {
      if (closed) return;
      closed = true;
      await context.close().catch(() => undefined);
    },
  };
}

/** Waits until the explorer lists the workspace's files. */
export async function waitForWorkbench(page: Page, timeoutMs = 60_000): Promise<void> {
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: timeoutMs });
}

/** Opens a workspace file through Quick Open and waits for its editor tab. */
export async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(name);
  // Quick Open fills its list asynchronously; Enter before that opens nothing.
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first();
  await row.click();
  await page.locator(`.tab[aria-label^="${name}"]`).first().waitFor();
  await page.locator('.monaco-editor .view-lines').first().waitFor();
}

/** Sets a breakpoint on a 1-based line of the active editor (Ctrl+G, then F9). */
export async function setBreakpoint(page: Page, line: number): Promise<void> {
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`:${line}`);
  await page.keyboard.press('Enter');
  await page.keyboard.press('F9');
  await page.locator('.glyph-margin-widgets .codicon-debug-breakpoint').first().waitFor({ timeout: 10_000 });
}

/** Runs a command by its exact palette label. */
export async function runCommand(page: Page, label: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${label}`);
  const row = page
    .locator('.quick-input-widget .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) })
    .first();
  await row.click();
}

/** The Call Stack row of a frame whose label starts with `name`. */
export function callStackFrame(page: Page, name: string): Locator {
  return page.locator(`.debug-call-stack .monaco-list-row[aria-label*="${name}"]`).first();
}

export function pauseMessage(page: Page): Locator {
  // With one thread the reason sits in the Call Stack pane's header, outside .debug-call-stack.
  return page.locator('.call-stack-state-message').first();
}

/** A Variables view row by its accessible label, e.g. `ob_refcnt, value 3`. */
export function variableRow(page: Page, labelPattern: RegExp): Locator {
  return page.locator('.debug-variables').getByRole('treeitem', { name: labelPattern }).first();
}

/** Expands a collapsed Variables row (clicking the row toggles it). */
export async function expand(row: Locator): Promise<void> {
  if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
  await row.page().waitForFunction(
    (el) => el?.getAttribute('aria-expanded') === 'true',
    await row.elementHandle(),
  );
}

export async function screenshot(page: Page, file: string): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file });
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Waits until `expected` is visible, failing at once with the dialog's text
 * when VS Code shows an error dialog instead (a launch the adapter refused),
 * rather than after the full timeout.
 */
export async function waitForOrDialog(page: Page, expected: Locator, timeoutMs: number): Promise<void> {
  const dialog = page.locator('.monaco-dialog-box .dialog-message-container').first();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await expected.isVisible()) return;
    if (await dialog.isVisible()) {
      throw new Error(`VS Code showed a dialog instead: ${(await dialog.textContent())?.trim()}`);
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`not visible within ${timeoutMs} ms: ${expected}`);
}
