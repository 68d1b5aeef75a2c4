// The protocol's floor, for the benchmark: a language server on the same libraries and transport as ours
// (vscode-languageserver over stdio) that reads nothing. It answers an open with empty diagnostics and a
// completion with a fixed list shaped like ours (argument names with markdown documentation), so the
// benchmark can print what any server pays on this machine before it does any work of its own.
import { createConnection, ProposedFeatures, TextDocumentSyncKind } from 'vscode-languageserver/node';

const connection = createConnection(ProposedFeatures.all);
const documentation = { kind: 'markdown', value: `**argument** (text)\n\n${'What the argument means, its default and its values. '.repeat(4)}` };
const items = Array.from({ length: 40 }, (_, index) => ({ label: `argument-${index}`, kind: 5, insertText: `argument-${index}=`, documentation }));

connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental, completionProvider: { triggerCharacters: ['=', ' '] } } }));
connection.onDidOpenTextDocument(({ textDocument }) => connection.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] }));
connection.onDidChangeTextDocument(() => undefined);
connection.onDidCloseTextDocument(() => undefined);
connection.onCompletion(() => items);
connection.listen();
