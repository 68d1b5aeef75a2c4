// Types of ./e2e-setup.mjs for the TypeScript e2e harness.
export interface Toolchain {
  cacheDir: string;
  /** The Node 24 binary code-server runs on. */
  node: string;
  codeServerEntry: string;
  chromium: string;
  /** The playwright-core package folder, loaded with createRequire. */
  playwrightCore: string;
}
export const VERSIONS: { node: string; codeServer: string; playwrightCore: string };
export const CHROMIUM: string;
export const cacheDir: string;
export function toolchainPaths(): Toolchain;
export function ensureToolchain(options?: { log?: (text: string) => void }): Promise<Toolchain>;
