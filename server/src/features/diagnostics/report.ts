// How core diagnostics are reported: stable codes, severities that follow what the router would do,
// and "did you mean" fixes.
import type { Fix, Finding, Severity } from '../../analysis/finding';
import type { Span } from '../../parser/index';
import { didYouMean, type KnowledgeView } from '../../knowledge/index';
import type { RouterDocument } from '../../model/document';
import { KnowledgeLookup } from './lookup';

export type CoreCode =
  | 'syntax'
  | 'unknown-command'
  | 'unknown-property'
  | 'invalid-value'
  | 'duplicate-property'
  | 'version'
  | 'legacy-syntax'
  | 'file-too-large';

export class Reporter {
  readonly findings: Finding[] = [];
  readonly lookup: KnowledgeLookup;

  constructor(readonly doc: RouterDocument) {
    this.lookup = new KnowledgeLookup(doc.kb);
  }

  get kb(): KnowledgeView {
    return this.doc.kb;
  }

  report(code: CoreCode, severity: Severity, span: Span, message: string, fixes: readonly Fix[] = []): void {
    this.findings.push({ uri: this.doc.uri, span, code, severity, message, related: [], fixes });
  }

  /** A quick fix replacing `span` with `newText`. */
  replacement(span: Span, newText: string, title = `Change to \`${newText}\``): Fix {
    return { title, edits: [{ uri: this.doc.uri, span, newText }], preferred: true };
  }

  /**
   * Where RouterOS certainly rejects the line: the 7.x console tree is the router's own, so an
   * error; the hand-written RouterOS 6 knowledge is less sure, so a warning.
   */
  get rejection(): Severity {
    return this.kb.target.line === 7 ? 'error' : 'warning';
  }

  /** A release mismatch is certain only when the file's release is one we have data for. */
  get versionSeverity(): Severity {
    const target = this.kb.target;
    return target.line === 7 && !target.olderThanKnown && !target.newerThanKnown ? 'error' : 'warning';
  }

  /** The release the file is checked against, in words. */
  get release(): string {
    return `RouterOS ${this.kb.target.release}`;
  }
}

/** "did you mean" text and fix for a misspelt word among `candidates`. */
export function suggestion(reporter: Reporter, word: string, span: Span, candidates: Iterable<string>): { text: string; fixes: Fix[] } {
  const best = didYouMean(word, candidates);
  if (best === undefined) return { text: '', fixes: [] };
  return { text: ` Did you mean \`${best}\`?`, fixes: [reporter.replacement(span, best)] };
}
