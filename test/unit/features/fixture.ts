// Inline fixtures for the feature tests: a script (with a `|` cursor marker where the test needs one)
// as a RouterDocument inside a workspace, optionally with other files beside it.
import { WorkspaceIndex } from '../../../server/src/model/workspace';
import type { RouterDocument } from '../../../server/src/model/document';
import { atCursor } from '../../helpers/cursor';

export interface FixtureOptions {
  /** `routeros.version` (an export header in the text overrides it). */
  readonly version?: string;
  readonly maxFileSize?: number;
  /** Other files of the workspace: file name → text. */
  readonly others?: Readonly<Record<string, string>>;
}

export interface Fixture {
  readonly doc: RouterDocument;
  readonly workspace: WorkspaceIndex;
}

/** Each fixture gets its own folder: caches kept per URI (names, menu lines) must not leak between tests. */
let fixtures = 0;

export function fixture(text: string, options: FixtureOptions = {}): Fixture {
  const folder = `file:///work/case-${++fixtures}/`;
  const workspace = new WorkspaceIndex({ version: options.version ?? '7.24', maxFileSize: options.maxFileSize ?? 5_000_000 });
  for (const [name, other] of Object.entries(options.others ?? {})) workspace.update(folder + name, other, 1);
  return { doc: workspace.update(folder + 'main.rsc', text, 1), workspace };
}

/** A fixture whose text carries a `|` cursor marker. */
export function fixtureAt(marked: string, options: FixtureOptions = {}): Fixture & { offset: number } {
  const { text, offset } = atCursor(marked);
  return { ...fixture(text, options), offset };
}
