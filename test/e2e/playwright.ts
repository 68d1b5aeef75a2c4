// playwright-core lives in the e2e tool-chain cache, not in package.json (see scripts/e2e-setup.mjs), so it is
// loaded at run time with createRequire and typed here by the little of its API the harness uses.
import { createRequire } from 'node:module';
import { join } from 'node:path';

export interface Mouse {
  move(x: number, y: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
}

export interface Keyboard {
  press(key: string): Promise<void>;
  type(text: string, options?: { delay?: number }): Promise<void>;
}

export interface Locator {
  click(): Promise<void>;
}

export interface ConsoleMessage {
  type(): string;
  text(): string;
}

export interface Page {
  goto(url: string): Promise<unknown>;
  addInitScript(script: string): Promise<void>;
  setDefaultTimeout(ms: number): void;
  waitForSelector(selector: string, options?: { state?: 'attached' | 'visible' | 'hidden'; timeout?: number }): Promise<unknown>;
  waitForFunction<A>(fn: (arg: A) => unknown, arg: A, options?: { timeout?: number; polling?: number }): Promise<unknown>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  locator(selector: string): Locator;
  screenshot(options: { path: string }): Promise<unknown>;
  on(event: 'console', listener: (message: ConsoleMessage) => void): void;
  on(event: 'pageerror', listener: (error: Error) => void): void;
  keyboard: Keyboard;
  mouse: Mouse;
}

export interface Browser {
  newPage(options: { viewport: { width: number; height: number } }): Promise<Page>;
  close(): Promise<void>;
  /** False once the browser has closed or crashed. */
  isConnected(): boolean;
}

interface PlaywrightCore {
  chromium: { launch(options: { executablePath: string; headless: boolean; args: string[] }): Promise<Browser> };
}

/** Chromium without the background traffic this machine's closed network refuses. */
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchChromium(playwrightCoreDir: string, executablePath: string): Promise<Browser> {
  const playwright = createRequire(join(playwrightCoreDir, 'package.json'))('playwright-core') as PlaywrightCore;
  return playwright.chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS });
}
