// Types of ./code-server.mjs for the TypeScript e2e harness.
import type { Toolchain } from './e2e-setup.mjs';

export interface CodeServer {
  url: string;
  port: number;
  userDataDir: string;
  extensionsDir: string;
  logFile: string;
  pid: number;
  stop(): Promise<void>;
  /** Settles with the exit code when the server stops, by stop() or on its own. */
  exited: Promise<number | null>;
}
export const QUIET_SETTINGS: Record<string, unknown>;
export function freePort(): Promise<number>;
export function installExtension(toolchain: Toolchain, vsix: string, dirs: { extensionsDir: string; userDataDir: string }): Promise<void>;
export function startCodeServer(
  toolchain: Toolchain,
  options: { home: string; folder: string; settings?: Record<string, unknown>; extensionsDir?: string; port?: number },
): Promise<CodeServer>;
