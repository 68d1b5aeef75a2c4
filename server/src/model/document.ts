// One `.rsc` document and everything derived from it, computed once per version and on demand:
// syntax tree → resolved commands → router configuration → IPsec view.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { exportHeaderFacts, exportHeaderVersion, type HeaderFacts } from '../parser/index';
import { ParseJob } from '../parser/parse';
import type { ParseResult } from '../parser/ast';
import { knowledge, resolveTarget, type KnowledgeView, type Target } from '../knowledge/index';
import { ConfigJob, type RouterConfig } from './config';
import { withImplicitItems } from './implicit';
import { IpsecView } from './ipsec';
import { defaultsFor, menuTraits } from './traits';
import { ResolveJob, type ResolvedScript } from './resolve';
import type { ResolvedCommand } from './resolved';
import { TextSnapshot, type TextSource } from './snapshot';
import { Stage } from '../slices';

export interface DocumentSettings {
  /** `routeros.version`: the release scripts are checked against when they carry no export header. */
  readonly version: string;
  /** `routeros.maxFileSize`: above it only syntax is checked. */
  readonly maxFileSize: number;
}

const pairDirective = /^#\s*routeros-pair:\s*(.+?)\s*$/;

const keep = <T>(result: T): T => result;
/** What an oversized document resolves to: nothing (only its syntax is checked). */
const NOTHING_RESOLVED: ResolvedScript = { commands: [], menuBefore: new Map() };

export class RouterDocument {
  // Each stage starts when first needed, from the stage before it, and works in slices until done.
  private readonly tree = new Stage(() => new ParseJob(this.document.getText()), keep);
  private readonly resolving = new Stage(() => new ResolveJob(this.parse.script, this.kb, false), keep);
  private readonly modelling = new Stage(() => new ConfigJob(this.resolved.commands, menuTraits(this.kb)), withImplicitItems);
  private ipsecView?: IpsecView;
  readonly target: Target;
  readonly kb: KnowledgeView;
  /** The export header states the RouterOS version (it overrides the setting). */
  readonly headerVersion: string | undefined;
  /** The router the export header names (software id, model, serial number), to tell routers apart. */
  readonly headerFacts: HeaderFacts;

  private current: TextDocument;

  constructor(document: TextDocument, readonly settings: DocumentSettings) {
    this.current = document;
    const head = this.source.slice(0, 1000);
    this.headerVersion = exportHeaderVersion(head);
    this.headerFacts = exportHeaderFacts(head);
    this.target = resolveTarget(this.headerVersion ?? settings.version);
    this.kb = knowledge(this.target);
  }

  get document(): TextDocument {
    return this.current;
  }

  /**
   * Takes `document` (a later version of the same file with exactly the same text: a file read from disk,
   * then opened in the editor) as its own: everything read from the text holds for it, so nothing is read
   * again. Returns false, changing nothing, when the text differs.
   */
  adopt(document: TextDocument): boolean {
    if (document.uri !== this.uri || document.getText() !== this.text) return false;
    this.current = document;
    return true;
  }

  get uri(): string {
    return this.current.uri;
  }

  get version(): number {
    return this.document.version;
  }

  /** The whole text (for a snapshot with pieces, joining them: see `source`). */
  get text(): string {
    return this.document.getText();
  }

  /** The text for reading near an offset: never joins a snapshot's pieces (model/snapshot.ts). */
  get source(): TextSource {
    return this.document instanceof TextSnapshot ? this.document : this.document.getText();
  }

  /** The file is too large for more than syntax checks (`routeros.maxFileSize`). */
  get oversized(): boolean {
    return this.source.length > this.settings.maxFileSize;
  }

  /**
   * Reads the document (syntax tree, resolved commands, configuration) in slices: works until `deadline`
   * (a `performance.now()` time) and returns true once everything is read. The getters below finish
   * whatever is left in one go, so a request never sees a half-read document.
   */
  advance(deadline: number): boolean {
    return this.tree.step(deadline) && (this.oversized || (this.resolving.step(deadline) && this.modelling.step(deadline)));
  }

  get parse(): ParseResult {
    return this.tree.finish();
  }

  /** Each command line read as the router reads it (nothing for an oversized file). */
  get resolved(): ResolvedScript {
    return this.oversized ? NOTHING_RESOLVED : this.resolving.finish();
  }

  get commands(): readonly ResolvedCommand[] {
    return this.resolved.commands;
  }

  get config(): RouterConfig {
    return this.modelling.finish();
  }

  get ipsec(): IpsecView {
    return (this.ipsecView ??= new IpsecView({
      uri: this.uri,
      config: this.config,
      sensitiveHidden: this.sensitiveHidden(),
      defaults: defaultsFor(this.target),
    }));
  }

  /** `# routeros-pair: <relative path>` comments: files this one is stated to pair with. */
  pairDirectives(): { path: string; offset: number }[] {
    const text = this.text;
    const found: { path: string; offset: number }[] = [];
    for (const comment of this.parse.comments) {
      const match = pairDirective.exec(text.slice(comment.start, comment.end));
      if (match) found.push({ path: match[1]!, offset: comment.start });
    }
    return found;
  }

  /**
   * In an export, a secret that is not written was left out (RouterOS 7 hides sensitive values by default,
   * RouterOS 6 with hide-sensitive: ipsec.md §1.15), so it is unknown rather than empty.
   */
  private sensitiveHidden(): boolean {
    return this.headerVersion !== undefined;
  }
}
