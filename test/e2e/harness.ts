// The real VS Code for end-to-end scenarios: code-server with the packaged extension installed, driven by
// Debian's Chromium through playwright-core. Each session has its own port, temporary folder (workspace
// copy, user data, extensions) and browser; close() removes it all. Scenarios normally go through
// scenario() in ./scenario.ts; startVSCode() is here for the ones that need several sessions.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startCodeServer, type CodeServer } from '../../scripts/code-server.mjs';
import { repoRoot } from '../../scripts/package.mjs';
import type { SessionOptions } from './driver';
import { launchChromium, type Browser, type Page } from './playwright';
import { copyInstalledExtensions, prepareRun } from './prepare';
import { WAIT_MS, Workbench } from './workbench';

export const demoWorkspace = join(repoRoot, 'test', 'demo-workspace');
const artifactsRoot = join(repoRoot, '.e2e-artifacts');
const VIEWPORT = { width: 1280, height: 800 };

/**
 * On top of QUIET_SETTINGS: every suggestion comes from a language provider (no words of the document
 * passing for completions), Enter in typed text starts a new line instead of accepting a suggestion, and
 * pictures show no grey boxes around the other occurrences of the word under the cursor.
 */
export const HARNESS_SETTINGS = {
  'editor.wordBasedSuggestions': 'off',
  'editor.acceptSuggestionOnEnter': 'off',
  'editor.occurrencesHighlight': 'off',
};

export class CodeServerSession extends Workbench {
  private readonly consoleErrors: string[] = [];

  constructor(
    private readonly home: string,
    private readonly server: CodeServer,
    private readonly browser: Browser,
    private readonly window: Page,
    workspace: string,
  ) {
    super(window, workspace, join(server.userDataDir, 'logs'), process.env.E2E_SCREENSHOTS === '1' ? join(repoRoot, 'docs', 'images') : null);
    window.on('console', (message) => { if (message.type() === 'error') this.consoleErrors.push(message.text()); });
    window.on('pageerror', (error) => this.consoleErrors.push(String(error.stack ?? error)));
  }

  /** The address to open in a browser, e.g. to look at a session kept with E2E_KEEP=1. */
  get url(): string {
    return this.server.url;
  }

  /**
   * Keeps what explains a failure under .e2e-artifacts/<name>/: a screenshot, code-server's output, every
   * VS Code log (extension host, our output channel…) and the browser console. Resolves with the folder.
   */
  async saveArtifacts(name: string): Promise<string> {
    const dir = join(artifactsRoot, name.replace(/[^\w.-]+/g, '-').slice(0, 80));
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    await this.window.screenshot({ path: join(dir, 'screenshot.png') }).catch(() => undefined);
    cpSync(this.server.logFile, join(dir, 'code-server.log'));
    cpSync(join(this.server.userDataDir, 'logs'), join(dir, 'logs'), { recursive: true });
    writeFileSync(join(dir, 'browser-console.log'), this.consoleErrors.join('\n'));
    return dir;
  }

  /** Stops the browser and code-server, and removes the session's folder unless E2E_KEEP=1. */
  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    await this.server.stop();
    if (process.env.E2E_KEEP !== '1') rmSync(this.home, { recursive: true, force: true });
  }
}

function writeWorkspace(workspace: string, options: SessionOptions): void {
  cpSync(options.workspace ?? demoWorkspace, workspace, { recursive: true });
  for (const [relativePath, text] of Object.entries(options.files ?? {})) {
    mkdirSync(dirname(join(workspace, relativePath)), { recursive: true });
    writeFileSync(join(workspace, relativePath), text);
  }
}

/** Starts code-server and a browser on a fresh copy of the workspace; resolves once the explorer shows it. */
export async function startVSCode(options: SessionOptions = {}): Promise<CodeServerSession> {
  const run = await prepareRun();
  const home = mkdtempSync(join(tmpdir(), 'routeros-e2e-'));
  const workspace = join(home, 'workspace');
  writeWorkspace(workspace, options);
  copyInstalledExtensions(run, join(home, 'extensions'));
  const settings = { ...HARNESS_SETTINGS, ...options.settings };
  const server = await startCodeServer(run.toolchain, { home, folder: workspace, settings });
  // A browser that dies while the workbench loads (Chromium crashed once in a CI run on a busy machine, the page's
  // code-server connection already made) is started once more; any other failure to start is reported.
  for (let attempt = 1; ; attempt++) {
    const browser = await launchChromium(run.toolchain.playwrightCore, run.toolchain.chromium).catch(async (error) => {
      await server.stop();
      throw error;
    });
    const page = await browser.newPage({ viewport: VIEWPORT });
    const session = new CodeServerSession(home, server, browser, page, workspace);
    page.setDefaultTimeout(WAIT_MS);
    // tsx compiles with esbuild's keepNames, which may wrap functions sent to the page in __name().
    await page.addInitScript('globalThis.__name = (fn) => fn;');
    try {
      await page.goto(server.url);
      await page.waitForSelector('.explorer-folders-view .monaco-list-row');
      return session;
    } catch (error) {
      const artifacts = await session.saveArtifacts(attempt === 1 ? 'startup' : 'startup-again');
      if (attempt === 1 && !browser.isConnected()) {
        console.error(`the browser closed while VS Code was loading (artifacts: ${artifacts}); starting it again`);
        await browser.close().catch(() => undefined);
        continue;
      }
      await session.close();
      throw new Error(`VS Code did not start: ${(error as Error).message}\nartifacts: ${artifacts}`);
    }
  }
}
