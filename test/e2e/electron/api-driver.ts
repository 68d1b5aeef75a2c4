// The VSCodeDriver inside the extension host of VS Code desktop (npm run test:electron): the same scenarios,
// answered through the VS Code API instead of the screen. What only the screen shows is approximated:
// colours come from the theme rules of the tokens (_workbench.captureSyntaxTokens, the command VS Code's
// own colorisation tests use), the Problems panel from languages.getDiagnostics(). Quick picks and
// screenshots need the UI: those calls fail, or do nothing, with a message saying so.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as vscode from 'vscode';
import type { Problem, ReferenceLocation, Severity, VSCodeDriver } from '../driver';
import { newestChannelLog } from '../logs';

const EXTENSION_ID = 'routeros-ipsec.routeros-ipsec';
const WAIT_MS = 60_000;
const SEVERITIES: Record<vscode.DiagnosticSeverity, Severity> = { 0: 'error', 1: 'warning', 2: 'info', 3: 'info' };

interface CapturedToken {
  c: string;
  r: Record<string, string>;
}

function editor(): vscode.TextEditor {
  const active = vscode.window.activeTextEditor;
  if (!active) throw new Error('no active editor');
  return active;
}

async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = WAIT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function unsupported(what: string): never {
  throw new Error(`${what} needs the VS Code window: run this scenario with the code-server harness (npm test)`);
}

export class ExtensionHostDriver implements VSCodeDriver {
  constructor(readonly workspace: string, private readonly logsDir: string) {}

  async waitForActivation(): Promise<void> {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  }

  async openFile(relativePath: string): Promise<void> {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(join(this.workspace, relativePath)));
    await vscode.window.showTextDocument(document);
  }

  /** The status bar shows a language's first alias; the manifests say which. */
  async languageMode(): Promise<string> {
    const id = editor().document.languageId;
    for (const extension of vscode.extensions.all) {
      const languages: { id: string; aliases?: string[] }[] = extension.packageJSON?.contributes?.languages ?? [];
      const alias = languages.find((language) => language.id === id && language.aliases?.length)?.aliases?.[0];
      if (alias) return alias;
    }
    return id;
  }

  async statusBarText(id: string): Promise<string> {
    return unsupported(`reading the status bar item ${id}`);
  }

  async waitForLanguageMode(name: string): Promise<void> {
    await waitFor(async () => (await this.languageMode()) === name, `language mode ${name}`);
  }

  /** Distinct theme colours (Dark+) of the tokens on a 1-based line of the saved file. */
  async tokenColorsOnLine(line: number): Promise<string[]> {
    const document = editor().document;
    await document.save();
    const tokens = await vscode.commands.executeCommand<CapturedToken[]>('_workbench.captureSyntaxTokens', document.uri);
    const lineLengths = Array.from({ length: line }, (_, index) => document.lineAt(index).text.length);
    const onLine = tokensOfLine(tokens, lineLengths, line).filter((token) => token.c.trim());
    return [...new Set(onLine.map((token) => /#\w+/.exec(token.r.dark_plus ?? '')?.[0] ?? ''))];
  }

  async goTo(line: number, column: number): Promise<void> {
    const position = new vscode.Position(line - 1, column - 1);
    editor().selection = new vscode.Selection(position, position);
    editor().revealRange(new vscode.Range(position, position));
  }

  async goToEnd(): Promise<void> {
    const end = editor().document.lineAt(editor().document.lineCount - 1).range.end;
    await this.goTo(end.line + 1, end.character + 1);
  }

  /** The `type` command is what a keystroke runs: auto-closing pairs and completion triggers included. */
  async typeText(text: string): Promise<void> {
    await vscode.commands.executeCommand('type', { text });
  }

  async typeAt(line: number, column: number, text: string): Promise<void> {
    await this.goTo(line, column);
    await this.typeText(text);
  }

  async press(key: string): Promise<void> {
    const commands: Record<string, string> = { Escape: 'hideSuggestWidget', 'Control+S': 'workbench.action.files.save' };
    if (key === 'Enter') return this.typeText('\n');
    if (!commands[key]) unsupported(`pressing ${key}`);
    await vscode.commands.executeCommand(commands[key]);
  }

  async triggerSuggest(): Promise<string[]> {
    return this.suggestLabels();
  }

  async suggestLabels(): Promise<string[]> {
    const { document, selection } = editor();
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, selection.active);
    return list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
  }

  async hoverAt(word: string): Promise<string> {
    const document = editor().document;
    const offset = document.getText().indexOf(word);
    if (offset < 0) throw new Error(`"${word}" is not in ${document.fileName}`);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset + 1));
    return hovers.flatMap((hover) => hover.contents.map((part) => (typeof part === 'string' ? part : part.value))).join('\n');
  }

  async hoverAtPosition(line: number, column: number): Promise<string> {
    await this.goTo(line, column);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor().document.uri, new vscode.Position(line - 1, column - 1));
    return hovers.flatMap((hover) => hover.contents.map((part) => (typeof part === 'string' ? part : part.value))).join('\n');
  }

  async problems(): Promise<Problem[]> {
    return vscode.languages.getDiagnostics().flatMap(([uri, diagnostics]) => diagnostics.map((diagnostic) => ({
      file: basename(uri.fsPath),
      message: diagnostic.message,
      severity: SEVERITIES[diagnostic.severity],
      line: diagnostic.range.start.line + 1,
    })));
  }

  async waitForProblems(accept: (problems: Problem[]) => boolean, timeoutMs = WAIT_MS): Promise<Problem[]> {
    await waitFor(async () => accept(await this.problems()), 'the expected problems', timeoutMs);
    return this.problems();
  }

  /** Titles are looked up in the extensions' manifests ("Category: Title"); VS Code's own need the palette. */
  async runCommand(title: string): Promise<void> {
    for (const extension of vscode.extensions.all) {
      const commands: { command: string; title: string; category?: string }[] = extension.packageJSON?.contributes?.commands ?? [];
      const found = commands.find((command) => title === (command.category ? `${command.category}: ${command.title}` : command.title));
      if (found) {
        await vscode.commands.executeCommand(found.command);
        return;
      }
    }
    unsupported(`the command "${title}" (not contributed by an extension)`);
  }

  async quickPickItems(): Promise<string[]> {
    return unsupported('reading a quick pick');
  }

  async selectQuickPick(label: string): Promise<void> {
    unsupported(`picking "${label}"`);
  }

  async answerQuickInput(text: string): Promise<void> {
    unsupported(`answering "${text}"`);
  }

  async inputBoxQuestion(): Promise<{ prompt: string; value: string }> {
    return unsupported('reading an input box');
  }

  async acceptInputBox(): Promise<void> {
    unsupported('accepting an input box');
  }

  /** The quick fixes the providers offer at the cursor, asked again while there are none (as Ctrl+. would be). */
  async quickFixes(): Promise<string[]> {
    let titles: string[] = [];
    await waitFor(async () => (titles = (await this.quickFixActions()).map((action) => action.title)).length > 0, 'quick fixes at the cursor').catch(() => undefined);
    return titles;
  }

  /** The rename provider's edit at the cursor, applied as the editor applies it after F2 and Enter. */
  async renameSymbol(newName: string): Promise<void> {
    const { document, selection } = editor();
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit | undefined>('vscode.executeDocumentRenameProvider', document.uri, selection.active, newName);
    if (!edit) throw new Error('the rename was refused');
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`the rename to "${newName}" was not applied`);
  }

  /** Applies the fix's edit, then runs its command, as the editor does when one is picked. */
  async applyQuickFix(title: string): Promise<void> {
    const actions = await this.quickFixActions();
    const action = actions.find((candidate) => candidate.title === title);
    if (!action) throw new Error(`no quick fix "${title}" at the cursor, only ${JSON.stringify(actions.map((candidate) => candidate.title))}`);
    if (action instanceof vscode.CodeAction) {
      if (action.edit && !(await vscode.workspace.applyEdit(action.edit))) throw new Error(`the edit of "${title}" was not applied`);
      if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
    } else {
      await vscode.commands.executeCommand(action.command, ...(action.arguments ?? []));
    }
  }

  private async quickFixActions(): Promise<(vscode.CodeAction | vscode.Command)[]> {
    const { document, selection } = editor();
    return (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', document.uri, selection, vscode.CodeActionKind.QuickFix.value)) ?? [];
  }

  async waitForCodeLenses(accept: (titles: string[]) => boolean, timeoutMs = WAIT_MS): Promise<string[]> {
    let titles: string[] = [];
    await waitFor(async () => accept((titles = (await this.codeLenses()).map((lens) => lens.command?.title ?? ''))), 'the expected code lenses', timeoutMs);
    return titles;
  }

  /** Runs the lens's command with its arguments, as a click does. */
  async clickCodeLens(title: string): Promise<void> {
    const command = (await this.codeLenses()).find((lens) => lens.command?.title === title)?.command;
    if (!command?.command) throw new Error(`no code lens "${title}" with a command in the active editor`);
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
  }

  private async codeLenses(): Promise<vscode.CodeLens[]> {
    return (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor().document.uri)) ?? [];
  }

  /** The document symbols depth first: each section, then its items, as Go to Symbol lists them. */
  async editorSymbols(): Promise<string[]> {
    const uri = editor().document.uri;
    let symbols: (vscode.DocumentSymbol | vscode.SymbolInformation)[] = [];
    await waitFor(async () => (symbols = (await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>('vscode.executeDocumentSymbolProvider', uri)) ?? []).length > 0,
      'the symbols of the active editor');
    const names = (list: (vscode.DocumentSymbol | vscode.SymbolInformation)[]): string[] =>
      list.flatMap((symbol) => [symbol.name, ...('children' in symbol ? names(symbol.children) : [])]);
    return names(symbols);
  }

  /** The reference provider at the cursor, declarations included (as Peek References asks), asked again while it finds nothing. */
  async peekReferences(): Promise<ReferenceLocation[]> {
    const { document, selection } = editor();
    let locations: vscode.Location[] = [];
    await waitFor(async () => (locations = (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, selection.active)) ?? []).length > 0,
      'references at the cursor');
    return locations.map((location) => ({ file: basename(location.uri.fsPath), line: location.range.start.line + 1, column: location.range.start.character + 1 }));
  }

  /** The lines of the editor's visible ranges: those of a folded region are not in them. */
  async waitForVisibleLines(accept: (lines: number[]) => boolean, timeoutMs = WAIT_MS): Promise<number[]> {
    const read = () => editor().visibleRanges.flatMap((range) => Array.from({ length: range.end.line - range.start.line + 1 }, (_, index) => range.start.line + index + 1));
    await waitFor(() => accept(read()), 'the expected visible lines', timeoutMs);
    return read();
  }

  async waitForActiveEditor(fileName: string, at?: { line: number; column: number }): Promise<void> {
    await waitFor(() => {
      const active = vscode.window.activeTextEditor;
      if (!active || basename(active.document.uri.fsPath) !== fileName) return false;
      return !at || (active.selection.active.line === at.line - 1 && active.selection.active.character === at.column - 1);
    }, `${fileName} as the active editor${at ? ` with the cursor at ${at.line}:${at.column}` : ''}`);
  }

  async waitForEditorText(accept: (text: string) => boolean, timeoutMs = WAIT_MS): Promise<string> {
    let text = '';
    await waitFor(() => Boolean(vscode.window.activeTextEditor) && accept((text = editor().document.getText())), 'the expected text in the active editor', timeoutMs);
    return text;
  }

  /** A user setting, through the API: a number setting gets the number `value` reads as. */
  async changeSetting(key: string, value: string): Promise<void> {
    const configuration = vscode.workspace.getConfiguration();
    const numeric = typeof configuration.inspect(key)?.defaultValue === 'number';
    await configuration.update(key, numeric ? Number(value) : value, vscode.ConfigurationTarget.Global);
  }

  /** Read from the log file VS Code writes for each output channel. */
  async outputChannelText(channel: string): Promise<string> {
    const file = newestChannelLog(this.logsDir, channel);
    if (!file) throw new Error(`no log file for the output channel "${channel}" under ${this.logsDir}`);
    return readFileSync(file, 'utf8');
  }

  async screenshot(name: string): Promise<void> {
    console.log(`screenshot "${name}" skipped: the extension host cannot see the window`);
  }
}

/** The captured tokens carry no line numbers, but never span lines: share them out by line length. */
function tokensOfLine(tokens: CapturedToken[], lineLengths: number[], line: number): CapturedToken[] {
  const queue = tokens.filter((token) => token.c.length > 0);
  let next = 0;
  let onLine: CapturedToken[] = [];
  for (let index = 0; index < line; index++) {
    onLine = [];
    for (let covered = 0; covered < lineLengths[index] && next < queue.length; next++) {
      onLine.push(queue[next]);
      covered += queue[next].c.length;
    }
  }
  return onLine;
}
