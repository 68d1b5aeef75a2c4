// One `.rsc` document and everything derived from it, computed once per version and on demand:
// syntax tree → resolved commands → router configuration → IPsec view.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parse, exportHeaderVersion } from '../parser/index';
import type { ParseResult } from '../parser/ast';
import { knowledge, resolveTarget, type KnowledgeView, type Target } from '../knowledge/index';
import { buildConfig, type RouterConfig } from './config';
import { withImplicitItems } from './implicit';
import { IpsecView } from './ipsec';
import { defaultsFor, menuTraits } from './traits';
import { resolveScript, type ResolvedScript } from './resolve';
import type { ResolvedCommand } from './resolved';

export interface DocumentSettings {
  /** `routeros.version`: the release scripts are checked against when they carry no export header. */
  readonly version: string;
  /** `routeros.maxFileSize`: above it only syntax is checked. */
  readonly maxFileSize: number;
}

const pairDirective = /^#\s*routeros-pair:\s*(.+?)\s*$/;

export class RouterDocument {
  private parsed?: ParseResult;
  private resolvedScript?: ResolvedScript;
  private routerConfig?: RouterConfig;
  private ipsecView?: IpsecView;
  readonly target: Target;
  readonly kb: KnowledgeView;
  /** The export header states the RouterOS version (it overrides the setting). */
  readonly headerVersion: string | undefined;

  constructor(readonly document: TextDocument, readonly settings: DocumentSettings) {
    this.headerVersion = exportHeaderVersion(document.getText().slice(0, 200));
    this.target = resolveTarget(this.headerVersion ?? settings.version);
    this.kb = knowledge(this.target);
  }

  get uri(): string {
    return this.document.uri;
  }

  get version(): number {
    return this.document.version;
  }

  get text(): string {
    return this.document.getText();
  }

  /** The file is too large for more than syntax checks (`routeros.maxFileSize`). */
  get oversized(): boolean {
    return this.document.getText().length > this.settings.maxFileSize;
  }

  get parse(): ParseResult {
    return (this.parsed ??= parse(this.document.getText()));
  }

  /** Each command line read as the router reads it (nothing for an oversized file). */
  get resolved(): ResolvedScript {
    return (this.resolvedScript ??= this.oversized ? { commands: [], menuBefore: new Map() } : resolveScript(this.parse.script, this.kb));
  }

  get commands(): readonly ResolvedCommand[] {
    return this.resolved.commands;
  }

  get config(): RouterConfig {
    return (this.routerConfig ??= withImplicitItems(buildConfig(this.commands, menuTraits(this.kb))));
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
