// Every `.rsc` file of the workspace, open in the editor or only on disk, as RouterDocuments; the names
// each defines, for references across files; and the pairs stated by setting or directive.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { differentRouters } from '../parser/index';
import { overlaps, type Network } from './addresses';
import { nameOf } from './config';
import { RouterDocument, type DocumentSettings } from './document';
import type { StatedPair } from '../analysis/pairing';

/** One end of a tunnel the check found: `local` and `remote` are file URIs. */
export interface TunnelEnd {
  readonly local: string;
  readonly remote: string;
  /** Where the remote router's peer points to reach `local` (its `address`), when that is a known network. */
  readonly reachedAt: Network | undefined;
}

export interface PairSetting {
  /** Paths relative to a workspace folder, or file URIs. */
  readonly a: string;
  readonly b: string;
}

export class WorkspaceIndex {
  private readonly documents = new Map<string, RouterDocument>();
  /** Documents read from text (a file on disk), not yet backing an editor's document. */
  private readonly unopened = new WeakSet<RouterDocument>();
  private namesCache: Map<string, Set<string>> | undefined;
  /** `uri\0uri` for the two ends of each tunnel the last check found (both orders). */
  private tunnels = new Set<string>();
  /** The networks the other ends of its tunnels reach each file at (`noteTunnels`). */
  private reachedAt = new Map<string, Network[]>();

  constructor(private settings: DocumentSettings) {}

  /** Replace a file's text (an editor change, or a file read from disk). */
  update(uri: string, text: string, version: number): RouterDocument {
    const existing = this.documents.get(uri);
    if (existing && existing.version === version && existing.settings === this.settings && existing.text === text) return existing;
    const document = new RouterDocument(TextDocument.create(uri, 'routeros', version, text), this.settings);
    this.documents.set(uri, document);
    this.unopened.add(document);
    this.namesCache = undefined;
    return document;
  }

  /**
   * An editor document, version by version. The TextDocument must not change afterwards (the server's are
   * snapshots, model/snapshot.ts), since the RouterDocument built on it is reused until the next version.
   */
  track(text: TextDocument): RouterDocument {
    const existing = this.documents.get(text.uri);
    if (existing && existing.document === text && existing.settings === this.settings) return existing;
    // A file read from disk and now opened with the same text: what was read from it (and checked) holds.
    if (existing && this.unopened.has(existing) && existing.settings === this.settings && existing.adopt(text)) {
      this.unopened.delete(existing);
      return existing;
    }
    const document = new RouterDocument(text, this.settings);
    this.put(document);
    return document;
  }

  /**
   * An editor closed the file. `text` is the file on disk (undefined: not on disk, so it leaves the
   * workspace). When the editor's last text is the file's, the document stays as it is, read and checked.
   */
  release(uri: string, text: string | undefined): void {
    const existing = this.documents.get(uri);
    if (text === undefined) this.remove(uri);
    else if (existing && existing.settings === this.settings && existing.text === text) this.unopened.add(existing);
    else this.update(uri, text, 0);
  }

  /** Use an already-built document (the one the editor's TextDocument backs). */
  put(document: RouterDocument): void {
    this.documents.set(document.uri, document);
    this.namesCache = undefined;
  }

  remove(uri: string): void {
    this.documents.delete(uri);
    this.namesCache = undefined;
  }

  get(uri: string): RouterDocument | undefined {
    return this.documents.get(uri);
  }

  all(): RouterDocument[] {
    return [...this.documents.values()];
  }

  /** New settings: every document is rebuilt from its text. */
  configure(settings: DocumentSettings): void {
    this.settings = settings;
    for (const document of this.all()) this.documents.set(document.uri, new RouterDocument(document.document, settings));
    this.namesCache = undefined;
  }

  get currentSettings(): DocumentSettings {
    return this.settings;
  }

  /**
   * The tunnels the check found, each seen from both ends. A router does not run a tunnel to itself, so the two
   * ends are two routers; and a router is where its partners' peers point, so two files the other ends reach at
   * addresses that do not overlap are two routers too (two branches of one hub). See `mayBeOneRouter`.
   * Replaces what was noted before.
   */
  noteTunnels(ends: Iterable<TunnelEnd>): void {
    const tunnels = new Set<string>();
    const reachedAt = new Map<string, Network[]>();
    for (const { local, remote, reachedAt: network } of ends) {
      if (local === remote) continue;
      tunnels.add(`${local}\u0000${remote}`);
      tunnels.add(`${remote}\u0000${local}`);
      if (network === undefined) continue;
      const known = reachedAt.get(local);
      if (known) known.push(network);
      else reachedAt.set(local, [network]);
    }
    this.tunnels = tunnels;
    this.reachedAt = reachedAt;
  }

  /**
   * Whether two files may be parts of one router's configuration, whose names refer to each other (a peer
   * named in one and defined in the other). Not when they are the two ends of a tunnel the check found, nor
   * when the other ends of their tunnels reach them at different addresses (a peer's `address` is the other
   * router's, ipsec.md §1.3), nor when their export headers name different routers (software id, model or
   * serial number: ipsec.md §4.5). Otherwise they may be, as fragments of one configuration usually are: a file
   * of its own for IPsec, say.
   */
  mayBeOneRouter(a: RouterDocument, b: RouterDocument): boolean {
    if (a.uri === b.uri) return true;
    if (this.tunnels.has(`${a.uri}\u0000${b.uri}`) || differentRouters(a.headerFacts, b.headerFacts)) return false;
    const atA = this.reachedAt.get(a.uri);
    const atB = this.reachedAt.get(b.uri);
    return atA === undefined || atB === undefined || atA.some((one) => atB.some((other) => overlaps(one, other)));
  }

  /**
   * Whether a file other than `exceptUri`, and that may be part of the same router (`mayBeOneRouter`), defines
   * an item called `name` in `menu` (e.g. '/ip ipsec peer').
   */
  definedElsewhere(menu: string, name: string, exceptUri: string): boolean {
    const names = this.names();
    const asking = this.documents.get(exceptUri);
    for (const document of this.documents.values()) {
      if (document.uri === exceptUri || (asking && !this.mayBeOneRouter(asking, document))) continue;
      if (names.get(`${document.uri}\u0000${menu}`)?.has(name)) return true;
    }
    return false;
  }

  /** Names defined per file and menu (computed lazily, once per change of the workspace). */
  private names(): Map<string, Set<string>> {
    if (this.namesCache) return this.namesCache;
    const cache = new Map<string, Set<string>>();
    for (const document of this.documents.values()) {
      if (document.oversized) continue;
      for (const [menu, items] of document.config.tables) {
        const set = new Set<string>();
        for (const item of items) {
          const name = nameOf(item);
          if (name !== undefined && !item.builtin) set.add(name);
        }
        cache.set(`${document.uri}\u0000${menu}`, set);
      }
    }
    this.namesCache = cache;
    return cache;
  }

  /** Pairs stated by `# routeros-pair: other.rsc` comments and the `routeros.pairs` setting, as URIs. */
  statedPairs(setting: readonly PairSetting[], folders: readonly string[]): StatedPair[] {
    const pairs: StatedPair[] = [];
    for (const document of this.documents.values()) {
      for (const directive of document.pairDirectives()) {
        const other = resolveRelative(document.uri, directive.path);
        if (this.documents.has(other)) pairs.push({ a: document.uri, b: other });
      }
    }
    for (const { a, b } of setting) {
      const uriA = this.findByPath(a, folders);
      const uriB = this.findByPath(b, folders);
      if (uriA && uriB) pairs.push({ a: uriA, b: uriB });
    }
    return pairs;
  }

  private findByPath(path: string, folders: readonly string[]): string | undefined {
    if (this.documents.has(path)) return path;
    for (const folder of folders) {
      const uri = resolveRelative(folder.endsWith('/') ? folder : folder + '/', path);
      if (this.documents.has(uri)) return uri;
    }
    const suffix = '/' + path.replace(/^\.?\//, '');
    return [...this.documents.keys()].find((uri) => decodeURIComponent(uri).endsWith(suffix));
  }
}

/** `file:///a/b/x.rsc` + `../c/y.rsc` → `file:///a/c/y.rsc`. */
export function resolveRelative(baseUri: string, path: string): string {
  try {
    return new URL(path, baseUri).toString();
  } catch {
    return path;
  }
}
