// The only file that touches the LSP connection: capabilities, documents, settings, the workspace
// index and handler wiring. Every handler runs inside `guard`, which logs and falls back instead of
// letting an exception take the server down.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeLensRefreshRequest,
  createConnection,
  DidChangeConfigurationNotification,
  ErrorCodes,
  FileChangeType,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type CodeLens,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type InitializeParams,
  type Location,
  type Position,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { snapshots } from './model/snapshot';
import { defaultSettings, WorkspaceChecker, type CheckOptions } from './check';
import type { Finding } from './analysis/finding';
import { overlapsRange, toCodeAction, toDiagnostic, toRange } from './lsp/convert';
import { pairLenses } from './lsp/lenses';
import { checkDelay } from './lsp/check-delay';
import { WorkspaceIndex, type PairSetting } from './model/workspace';
import type { RouterDocument } from './model/document';
import { generateOtherSite, otherSiteQuestions, type OtherSiteAnswers } from './generate/other-site';
import { completion, definition, documentSymbols, foldingRanges, hover, prepareRename, references, rename, type RenameRefusal } from './features/index';
import type { SeverityOverride } from './analysis/index';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(snapshots);
const index = new WorkspaceIndex(defaultSettings);
const checker = new WorkspaceChecker(index);

let folders: string[] = [];
let canPullConfiguration = false;
let canRefreshLenses = false;
let options: CheckOptions = {};
let findings = new Map<string, Finding[]>();
/** The version of each document the findings were computed from: a quick fix is offered only on those versions. */
let checkedVersions = new Map<string, number>();
const published = new Map<string, string>();

function guard<T>(name: string, fallback: T, run: () => T): T {
  try {
    return run();
  } catch (error) {
    connection.console.error(`${name} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    return fallback;
  }
}

connection.onInitialize((params: InitializeParams) => {
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  canRefreshLenses = params.capabilities.workspace?.codeLens?.refreshSupport === true;
  folders = (params.workspaceFolders ?? []).map((folder) => folder.uri);
  if (folders.length === 0 && params.rootUri) folders = [params.rootUri];
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      completionProvider: { triggerCharacters: ['/', ' ', '=', ',', ':', '$'] },
      hoverProvider: true,
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      codeLensProvider: { resolveProvider: false },
    },
  };
});

connection.onInitialized(async () => {
  if (canPullConfiguration) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'routeros' });
  await loadSettings();
  await indexFolders();
  schedule();
});

interface RouterOsSettings {
  version?: string;
  maxFileSize?: number;
  rules?: Record<string, SeverityOverride>;
  pairs?: PairSetting[] | [string, string][];
}

async function loadSettings(): Promise<void> {
  const settings: RouterOsSettings = canPullConfiguration ? ((await connection.workspace.getConfiguration('routeros')) ?? {}) : {};
  const pairs = (settings.pairs ?? []).map((pair) => (Array.isArray(pair) ? { a: pair[0], b: pair[1] } : pair));
  options = { version: settings.version ?? defaultSettings.version, maxFileSize: settings.maxFileSize ?? defaultSettings.maxFileSize, severities: settings.rules ?? {}, pairs, folders };
  index.configure({ version: options.version!, maxFileSize: options.maxFileSize! });
}

connection.onDidChangeConfiguration(async () => {
  await guard('settings', Promise.resolve(), loadSettings);
  schedule();
});

/** Reads every `.rsc` file below the workspace folders, so pairs are found before the files are opened. */
async function indexFolders(): Promise<void> {
  for (const folder of folders) {
    if (!folder.startsWith('file:')) continue;
    for (const path of await rscFiles(fileURLToPath(folder), 0)) await indexFile(pathToFileURL(path).toString());
  }
}

async function rscFiles(dir: string, depth: number): Promise<string[]> {
  if (depth > 12) return [];
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const found: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await rscFiles(path, depth + 1)));
    else if (entry.name.toLowerCase().endsWith('.rsc')) found.push(path);
  }
  return found;
}

/** The text of a file on disk, or undefined (gone, unreadable). */
function readDisk(uri: string): Promise<string | undefined> {
  return readFile(fileURLToPath(uri), 'utf8').catch(() => undefined);
}

async function indexFile(uri: string): Promise<void> {
  if (documents.get(uri)) return;
  const text = await readDisk(uri);
  // Opened in the editor while it was read: the editor's text is the one that counts.
  if (text !== undefined && !documents.get(uri)) index.update(uri, text, 0);
}

connection.onDidChangeWatchedFiles(async ({ changes }) => {
  for (const change of changes) {
    if (change.type === FileChangeType.Deleted) {
      if (!documents.get(change.uri)) {
        index.remove(change.uri);
        clearDiagnostics(change.uri);
      }
    } else {
      await indexFile(change.uri);
    }
  }
  schedule();
});

/** Documents just opened: their first check starts at once (opening is not typing; nothing to wait for). */
const justOpened = new Set<string>();
documents.onDidOpen(({ document }) => justOpened.add(document.uri));

documents.onDidChangeContent(({ document }) => {
  index.track(document);
  schedule(justOpened.delete(document.uri) ? checkDelay('opened') : checkDelay('typed', document.length));
});

documents.onDidClose(async ({ document }) => {
  if (document.uri.startsWith('file:')) {
    // Back to the file on disk; when the editor's last text is the file's (the usual case), nothing is read again.
    const text = await readDisk(document.uri);
    if (!documents.get(document.uri)) index.release(document.uri, text);
  } else {
    index.remove(document.uri);
    clearDiagnostics(document.uri);
  }
  schedule();
});

let pending: NodeJS.Timeout | undefined;
/** Counts the checks started; a check in progress stops when a newer one is scheduled. */
let generation = 0;

/**
 * Coalesces a burst of keystrokes into one check, re-armed by each change. The check reads the files in
 * slices of at most SLICE_MS and lets the connection answer requests (completion, hover) between them,
 * so typing never waits for a large file to be read; a newer change abandons it (the files it already
 * read are kept) and a new one starts after the pause.
 */
function schedule(delay = checkDelay('other')): void {
  if (pending) clearTimeout(pending);
  const mine = ++generation;
  pending = setTimeout(() => {
    pending = undefined;
    checkInSlices(mine);
  }, delay);
}

const SLICE_MS = 1;

function checkInSlices(mine: number): void {
  if (mine !== generation) return;
  const done = guard('diagnostics', true, () => checker.advance(performance.now() + SLICE_MS));
  if (!done) {
    setImmediate(() => checkInSlices(mine));
    return;
  }
  guard('diagnostics', undefined, publishAll);
}

function lookup(uri: string): TextDocument | undefined {
  return index.get(uri)?.document;
}

function publishAll(): void {
  findings = checker.run(options);
  checkedVersions = new Map(index.all().map((document) => [document.uri, document.version]));
  for (const [uri, list] of findings) {
    const diagnostics = list.map((finding) => toDiagnostic(finding, lookup)).filter((d): d is Diagnostic => d !== undefined);
    const key = JSON.stringify(diagnostics);
    if (published.get(uri) === key) continue;
    published.set(uri, key);
    void connection.sendDiagnostics({ uri, diagnostics });
  }
  for (const uri of [...published.keys()]) if (!findings.has(uri)) clearDiagnostics(uri);
  // The "other end" lenses follow the tunnels of this check (the editor asked for them with older offsets).
  if (canRefreshLenses) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
}

function clearDiagnostics(uri: string): void {
  published.delete(uri);
  void connection.sendDiagnostics({ uri, diagnostics: [] });
}

/** The RouterDocument of an open editor document, current to its version. */
function routerDocument(uri: string) {
  const open = documents.get(uri);
  return open ? index.track(open) : index.get(uri);
}

function at<T>(name: string, fallback: T, uri: string, position: Position, run: (doc: RouterDocument, offset: number) => T): T {
  return guard(name, fallback, () => {
    const doc = routerDocument(uri);
    return doc ? run(doc, doc.document.offsetAt(position)) : fallback;
  });
}

connection.onCompletion(({ textDocument, position }) => at('completion', [] as CompletionItem[], textDocument.uri, position, (doc, offset) => completion(doc, offset, index)));
connection.onHover(({ textDocument, position }) => at('hover', null as Hover | null, textDocument.uri, position, (doc, offset) => hover(doc, offset, index)));
connection.onDefinition(({ textDocument, position }) => at('definition', [] as Location[], textDocument.uri, position, (doc, offset) => definition(doc, offset, index)));
connection.onReferences(({ textDocument, position, context }) => at('references', [] as Location[], textDocument.uri, position, (doc, offset) => references(doc, offset, index, context.includeDeclaration)));
// A refused rename answers with an error whose message the editor shows (why it cannot be done).
const refusedOr = <T extends object>(result: T | RenameRefusal): T | ResponseError<void> => ('refused' in result ? new ResponseError(ErrorCodes.InvalidRequest, result.refused) : result);
connection.onPrepareRename(({ textDocument, position }) => at('prepareRename', null, textDocument.uri, position, (doc, offset) => refusedOr(prepareRename(doc, offset, index))));
connection.onRenameRequest(({ textDocument, position, newName }) => at('rename', null, textDocument.uri, position, (doc, offset) => refusedOr(rename(doc, offset, newName, index))));
connection.onDocumentSymbol(({ textDocument }) => guard('documentSymbol', [] as DocumentSymbol[], () => { const doc = routerDocument(textDocument.uri); return doc ? documentSymbols(doc) : []; }));
connection.onFoldingRanges(({ textDocument }) => guard('foldingRange', [] as FoldingRange[], () => { const doc = routerDocument(textDocument.uri); return doc ? foldingRanges(doc) : []; }));

connection.onCodeAction(({ textDocument, range }) =>
  guard('codeAction', [] as CodeAction[], () => {
    const actions: CodeAction[] = [];
    // Between an edit and the check that follows it, the findings' offsets are those of the older text.
    const checked = (uri: string) => checkedVersions.get(uri) === index.get(uri)?.version;
    if (!checked(textDocument.uri)) return actions;
    for (const finding of findings.get(textDocument.uri) ?? []) {
      if (finding.fixes.length === 0) continue;
      const diagnostic = toDiagnostic(finding, lookup);
      if (!diagnostic || !overlapsRange(diagnostic.range, range)) continue;
      for (const fix of finding.fixes) {
        if (!fix.edits.every((edit) => checked(edit.uri))) continue;
        const action = toCodeAction(fix, diagnostic, lookup);
        if (action) actions.push(action);
      }
    }
    return actions;
  }),
);

connection.onCodeLens(({ textDocument }) =>
  guard('codeLens', [] as CodeLens[], () => {
    const document = index.get(textDocument.uri);
    return document ? pairLenses(document, checker.pairs(), (uri, span) => { const d = lookup(uri); return d ? toRange(d, span) : undefined; }) : [];
  }),
);

connection.onRequest('routeros/otherSiteQuestions', ({ uri }: { uri: string }) =>
  guard('otherSiteQuestions', null, () => {
    const document = index.get(uri);
    return document ? otherSiteQuestions(document) ?? null : null;
  }),
);

connection.onRequest('routeros/generateOtherSite', ({ uri, answers }: { uri: string; answers: OtherSiteAnswers }) =>
  guard('generateOtherSite', null, () => {
    const document = index.get(uri);
    return document ? generateOtherSite(document, answers) ?? null : null;
  }),
);

documents.listen(connection);
connection.listen();
