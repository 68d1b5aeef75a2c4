// What a rule reports: a code, a place in this router's file, and the other router's line when it compares two.
import type { Span } from '../parser/ast';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Location {
  readonly uri: string;
  readonly span: Span;
}

export interface RelatedLocation extends Location {
  readonly message: string;
}

export interface TextEdit extends Location {
  readonly newText: string;
}

/** A quick fix a finding offers: edits in this file (and possibly the other router's). */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  readonly preferred?: boolean;
}

export interface Finding extends Location {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly related: readonly RelatedLocation[];
  readonly fixes: readonly Fix[];
}

export interface FindingInit {
  readonly span: Span;
  readonly message: string;
  readonly severity?: Severity;
  readonly related?: readonly RelatedLocation[];
  readonly fixes?: readonly Fix[];
}
