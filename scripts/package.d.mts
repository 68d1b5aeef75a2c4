// Types of ./package.mjs for the TypeScript e2e harness.
export const repoRoot: string;
export function defaultVsixPath(): string;
export function packageExtension(options?: { out?: string; log?: (text: string) => void }): Promise<string>;
