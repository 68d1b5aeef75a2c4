// The VSCodeDriver over a Playwright page showing code-server: keyboard and mouse in, DOM out, as a user
// sees it. Every wait is on a condition (a widget appears, a label changes), never a fixed sleep.
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Problem, ReferenceLocation, Severity, VSCodeDriver } from './driver';
import { extensionHostLog, newestChannelLog } from './logs';
import * as dom from './page-functions';
import type { Page } from './playwright';

/** Generous: two shared cores and a busy machine make a first workbench load take half a minute. */
export const WAIT_MS = Number(process.env.E2E_TIMEOUT_MS ?? 90_000);
const POLL_MS = 250;
const ASK_AGAIN_MS = 3000;
const MAX_PAGES = 40; // of a virtualised list, far more than any scenario shows
/** What VS Code adds to an input box's prompt. */
const ENTER_HINT = /\s*\(Press 'Enter' to confirm or 'Escape' to cancel\)$/;
/** Go to Symbol's placeholders while there is nothing (yet) to list. */
const NO_SYMBOLS = /^No (matching )?editor symbols$|does not provide symbol information/;
/** One step of reading an editor's text (a key and what it shows); a reading that takes longer starts again. */
const READ_STEP_MS = 10_000;
/** A place's accessible label in Peek References: "<preview> in <file> on line <n> at column <n>" (no preview while it loads). */
const REFERENCE_LABEL = /^(?:(.*) )?in (.+?) on line (\d+) at column (\d+)$/;

export class Workbench implements VSCodeDriver {
  constructor(
    private readonly page: Page,
    readonly workspace: string,
    private readonly logsDir: string,
    private readonly screenshotDir: string | null,
  ) {}

  async openFile(relativePath: string): Promise<void> {
    const name = basename(relativePath);
    await this.page.keyboard.press('Control+P');
    await this.quickInputOpen();
    await this.page.keyboard.type(relativePath);
    await this.page.waitForFunction(dom.firstRowIsFile, name);
    await this.page.keyboard.press('Enter');
    await this.page.waitForFunction(dom.activeEditorIs, name);
  }

  languageMode(): Promise<string> {
    return this.statusBarText('status.editor.mode');
  }

  statusBarText(id: string): Promise<string> {
    return this.page.evaluate(dom.statusBarText, id);
  }

  async waitForLanguageMode(name: string): Promise<void> {
    await this.waitFor(async () => (await this.languageMode()) === name, `the status bar to show language mode ${name}`);
  }

  async tokenColorsOnLine(line: number): Promise<string[]> {
    await this.goTo(line, 1);
    const colours = await this.page.evaluate(dom.tokenColors, { editor: dom.ACTIVE_EDITOR, line });
    if (!colours) throw new Error(`line ${line} is not rendered in the active editor`);
    return colours;
  }

  async goTo(line: number, column: number): Promise<void> {
    await this.page.keyboard.press('Control+G');
    await this.quickInputOpen();
    await this.page.keyboard.type(`${line}:${column}`);
    await this.page.keyboard.press('Enter');
    const expected = `Ln ${line}, Col ${column}`;
    await this.waitFor(async () => {
      const shown = await this.statusBarText('status.editor.selection');
      return shown === expected || shown.startsWith(`${expected} `); // "… (3 selected)"
    }, `the cursor at ${expected}`);
  }

  async goToEnd(): Promise<void> {
    await this.page.keyboard.press('Control+End');
  }

  async typeText(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  async typeAt(line: number, column: number, text: string): Promise<void> {
    await this.goTo(line, column);
    await this.typeText(text);
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /**
   * Ctrl+Space, asked again every few seconds while the widget is closed or says "No suggestions" (the
   * language server may still be starting); [] once WAIT_MS pass without suggestions.
   */
  async triggerSuggest(): Promise<string[]> {
    let askedAt = 0;
    const opened = await this.waitFor(async () => {
      const { state } = await this.page.evaluate(dom.suggestState, null);
      if (state === 'open') return true;
      if (Date.now() - askedAt > ASK_AGAIN_MS) {
        if (state === 'empty') await this.page.keyboard.press('Escape');
        await this.page.keyboard.press('Control+Space');
        askedAt = Date.now();
      }
      return false;
    }, 'suggestions').then(() => true, () => false);
    return opened ? this.suggestLabels() : [];
  }

  /** Reads a virtualised list page by page (PageDown), then goes back to the first item. */
  async suggestLabels(): Promise<string[]> {
    const { state, total } = await this.page.evaluate(dom.suggestState, null);
    if (state !== 'open') return [];
    const labels = new Map<number, string>();
    let pages = 0;
    for (; pages < MAX_PAGES; pages++) {
      const rows = await this.page.evaluate(dom.suggestRows, null);
      for (const row of rows) labels.set(row.index, row.label);
      if (labels.size >= total || rows.some((row) => row.last)) break;
      await this.page.keyboard.press('PageDown');
    }
    for (let i = 0; i < pages; i++) await this.page.keyboard.press('PageUp');
    return [...labels.entries()].sort(([a], [b]) => a - b).map(([, label]) => label);
  }

  /** Moves the mouse onto the word, and again every few seconds until a hover with content shows. */
  async hoverAt(word: string): Promise<string> {
    await this.page.keyboard.press('Escape');
    let text: string | null = null;
    let movedAt = 0;
    await this.waitFor(async () => {
      if ((text = await this.page.evaluate(dom.visibleHoverText, null))) return true;
      if (Date.now() - movedAt > ASK_AGAIN_MS) {
        const centre = await this.page.evaluate(dom.wordCentre, { editor: dom.ACTIVE_EDITOR, word });
        if (!centre) throw new Error(`"${word}" is not visible in the active editor`);
        await this.page.mouse.move(0, 0); // a hover shows on movement onto the word
        await this.page.mouse.move(centre.x, centre.y);
        movedAt = Date.now();
      }
      return false;
    }, `a hover over "${word}"`);
    return text ?? '';
  }

  /** Like hoverAt, at a position: the cursor goes there first, so that the character is on screen. */
  async hoverAtPosition(line: number, column: number): Promise<string> {
    await this.page.keyboard.press('Escape');
    await this.page.mouse.move(0, 0);
    await this.waitFor(async () => !(await this.page.evaluate(dom.hoverShown, null)), 'the hover shown before to close');
    await this.goTo(line, column);
    let text: string | null = null;
    let movedAt = 0;
    await this.waitFor(async () => {
      if ((text = await this.page.evaluate(dom.visibleHoverText, null))) return true;
      if (Date.now() - movedAt > ASK_AGAIN_MS) {
        const centre = await this.page.evaluate(dom.characterCentre, { editor: dom.ACTIVE_EDITOR, line, column });
        if (!centre) throw new Error(`line ${line}, column ${column} is not rendered in the active editor`);
        await this.page.mouse.move(0, 0); // a hover shows on movement onto the word
        await this.page.mouse.move(centre.x, centre.y);
        movedAt = Date.now();
      }
      return false;
    }, `a hover at line ${line}, column ${column}`);
    return text ?? '';
  }

  async problems(): Promise<Problem[]> {
    if (!(await this.page.evaluate(dom.problemsPanelVisible, null))) {
      await this.page.keyboard.press('Control+Shift+M');
      await this.waitFor(() => this.page.evaluate(dom.problemsPanelVisible, null), 'the Problems panel');
    }
    const problems = await this.readProblemRows();
    await this.page.keyboard.press('Control+1'); // back to the editor, where the scenario was typing
    return problems;
  }

  private async readProblemRows(): Promise<Problem[]> {
    const rows = new Map<number, ReturnType<typeof dom.problemRows>[number]>();
    for (let pages = 0; pages < MAX_PAGES; pages++) {
      const visible = await this.page.evaluate(dom.problemRows, null);
      for (const row of visible) rows.set(row.index, row);
      if (visible.length === 0 || visible.some((row) => row.last)) break;
      await this.page.keyboard.press('PageDown');
    }
    const problems: Problem[] = [];
    let file = '';
    for (const [, row] of [...rows.entries()].sort(([a], [b]) => a - b)) {
      if (row.file) file = row.file;
      else if (row.severity) problems.push({ file, message: row.message ?? '', severity: row.severity as Severity, line: row.line ?? 0 });
    }
    return problems;
  }

  async waitForProblems(accept: (problems: Problem[]) => boolean, timeoutMs = WAIT_MS): Promise<Problem[]> {
    let last: Problem[] = [];
    await this.waitFor(async () => accept((last = await this.problems())), 'the expected problems', timeoutMs)
      .catch((error: Error) => { throw new Error(`${error.message}; the Problems panel shows ${JSON.stringify(last)}`); });
    return last;
  }

  /** F1 and the title, then a click on the command once the palette lists it. */
  async runCommand(title: string): Promise<void> {
    await this.pickWhenListed(title, async () => {
      await this.page.keyboard.press('F1');
      await this.quickInputOpen();
      await this.page.keyboard.type(title);
    }, `the command "${title}" in the command palette`);
  }

  /**
   * Opens a quick pick with `open`, and opens it afresh every few seconds until it lists `label`, then
   * clicks it. A quick pick lists what existed when it opened: commands and output channels registered
   * by an extension that is still starting come later.
   */
  private async pickWhenListed(label: string, open: () => Promise<void>, what: string): Promise<void> {
    let row: { index: number } | undefined;
    let openedAt = 0;
    await this.waitFor(async () => {
      const visible = await this.page.evaluate(dom.quickInputVisible, null);
      if (visible && (row = (await this.page.evaluate(dom.quickInputRows, null)).find((r) => r.label === label))) return true;
      if (Date.now() - openedAt > ASK_AGAIN_MS) {
        if (visible) await this.page.keyboard.press('Escape');
        await open();
        openedAt = Date.now();
      }
      return false;
    }, what);
    await this.clickRow(row?.index ?? 0, label);
  }

  /** Clicks a row, then waits until the pick has gone (the widget closes or shows its next step). */
  private async clickRow(index: number, label: string): Promise<void> {
    await this.page.locator(`.quick-input-widget .monaco-list-row[data-index="${index}"]`).click();
    await this.page.waitForFunction(dom.quickInputListsNot, label);
  }

  /** The labels of the quick pick that is open, once it lists something. */
  async quickPickItems(): Promise<string[]> {
    await this.quickInputOpen();
    let labels: string[] = [];
    await this.waitFor(async () => (labels = (await this.page.evaluate(dom.quickInputRows, null)).map((row) => row.label)).length > 0,
      'the items of the quick pick');
    return labels;
  }

  async selectQuickPick(label: string): Promise<void> {
    await this.quickInputOpen();
    let row: { index: number } | undefined;
    await this.waitFor(async () => Boolean((row = (await this.page.evaluate(dom.quickInputRows, null)).find((r) => r.label === label))),
      `"${label}" in the quick pick`);
    await this.clickRow(row?.index ?? 0, label);
  }

  async answerQuickInput(text: string): Promise<void> {
    await this.quickInputOpen();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  async inputBoxQuestion(): Promise<{ prompt: string; value: string }> {
    const { prompt, value } = await this.waitForValue(() => this.page.evaluate(dom.inputBoxState, null), 'an input box');
    return { prompt: prompt.replace(ENTER_HINT, ''), value };
  }

  async acceptInputBox(): Promise<void> {
    const asked = await this.waitForValue(() => this.page.evaluate(dom.inputBoxState, null), 'an input box');
    await this.page.keyboard.press('Enter');
    await this.waitFor(async () => {
      const now = await this.page.evaluate(dom.inputBoxState, null);
      return !now || now.prompt !== asked.prompt || now.value !== asked.value;
    }, `the input box "${asked.prompt}" to close`);
  }

  /** Ctrl+., pressed again every few seconds while no menu shows ("No code actions available" instead). */
  async quickFixes(): Promise<string[]> {
    let askedAt = 0;
    const actions = await this.waitForValue(async () => {
      const rows = (await this.page.evaluate(dom.actionWidgetRows, null)).filter((row) => !row.header);
      if (rows.length > 0) return rows;
      if (Date.now() - askedAt > ASK_AGAIN_MS) {
        await this.page.keyboard.press('Control+.');
        askedAt = Date.now();
      }
      return null;
    }, 'the quick-fix menu').catch(() => []);
    return actions.map((row) => row.title);
  }

  /** Clicks the action in the menu, then waits until the menu has closed. */
  async applyQuickFix(title: string): Promise<void> {
    let rows = (await this.page.evaluate(dom.actionWidgetRows, null)).filter((row) => !row.header);
    if (rows.length === 0) {
      await this.quickFixes();
      rows = (await this.page.evaluate(dom.actionWidgetRows, null)).filter((row) => !row.header);
    }
    const row = rows.find((candidate) => candidate.title === title);
    if (!row) throw new Error(`the quick-fix menu offers no "${title}", only ${JSON.stringify(rows.map((candidate) => candidate.title))}`);
    await this.page.locator(`.context-view .action-widget .monaco-list-row[data-index="${row.index}"]`).click();
    await this.waitFor(async () => (await this.page.evaluate(dom.actionWidgetRows, null)).length === 0, 'the quick-fix menu to close');
  }

  async renameSymbol(newName: string): Promise<void> {
    await this.page.keyboard.press('F2');
    const state = await this.waitForValue(() => this.page.evaluate(dom.renameState, dom.ACTIVE_EDITOR), 'the rename box (F2)');
    if ('refused' in state) throw new Error(`the rename was refused: ${state.refused}`);
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.type(newName);
    await this.page.keyboard.press('Enter');
    await this.waitFor(async () => (await this.page.evaluate(dom.renameState, dom.ACTIVE_EDITOR)) === null, 'the rename box to close');
  }

  async waitForCodeLenses(accept: (titles: string[]) => boolean, timeoutMs = WAIT_MS): Promise<string[]> {
    let last: string[] = [];
    await this.waitFor(async () => accept((last = await this.page.evaluate(dom.codeLensTitles, dom.ACTIVE_EDITOR))), 'the expected code lenses', timeoutMs)
      .catch((error: Error) => { throw new Error(`${error.message}; the active editor shows the code lenses ${JSON.stringify(last)}`); });
    return last;
  }

  async clickCodeLens(title: string): Promise<void> {
    const centre = await this.waitForValue(() => this.page.evaluate(dom.codeLensCentre, { editor: dom.ACTIVE_EDITOR, title }), `the code lens "${title}"`);
    await this.page.mouse.click(centre.x, centre.y);
  }

  /**
   * Ctrl+Shift+O, opened afresh every few seconds while it says there are no symbols (the extension may
   * still be starting), then the whole list read a page at a time, and Escape.
   */
  async editorSymbols(): Promise<string[]> {
    let openedAt = 0;
    await this.waitFor(async () => {
      const visible = await this.page.evaluate(dom.quickInputVisible, null);
      const rows = visible ? await this.page.evaluate(dom.quickInputRows, null) : [];
      if (openedAt > 0 && rows.length > 0 && !rows.some((row) => NO_SYMBOLS.test(row.label))) return true;
      if ((!visible || rows.length > 0) && Date.now() - openedAt > ASK_AGAIN_MS) {
        if (visible) await this.page.keyboard.press('Escape');
        await this.page.keyboard.press('Control+Shift+O');
        await this.quickInputOpen();
        openedAt = Date.now();
      }
      return false;
    }, 'the symbols of the active editor in Go to Symbol');
    const labels = await this.quickInputLabels();
    await this.page.keyboard.press('Escape');
    await this.waitFor(async () => !(await this.page.evaluate(dom.quickInputVisible, null)), 'Go to Symbol to close');
    return labels;
  }

  /**
   * Every label of the open quick input's list, read a page at a time: PageDown moves the focus to the
   * last row on screen, and the next one scrolls.
   */
  private async quickInputLabels(): Promise<string[]> {
    const labels = new Map<number, string>();
    for (let pages = 0; ; pages++) {
      const rows = await this.page.evaluate(dom.quickInputRows, null);
      for (const row of rows) labels.set(row.index, row.label);
      if (rows.length === 0 || rows.some((row) => row.last)) break;
      if (pages >= 2 * MAX_PAGES) throw new Error(`the quick input lists more than ${MAX_PAGES} pages`);
      const focused = await this.page.evaluate(dom.quickInputFocusedIndex, null);
      await this.page.keyboard.press('PageDown');
      await this.waitFor(async () => (await this.page.evaluate(dom.quickInputFocusedIndex, null)) > focused, 'PageDown to move down the quick input');
    }
    return [...labels.entries()].sort(([a], [b]) => a - b).map(([, label]) => label);
  }

  /**
   * Shift+F12, pressed again every few seconds while no peek lists a place (VS Code may say "No references
   * found", or not have opened it yet). The tree fills in as it loads: each collapsed file gets a click on its
   * twistie (once every few seconds at most, a click on one still loading would fold it again), until the
   * rows' accessible labels give as many places as the peek's title counts.
   */
  async peekReferences(): Promise<ReferenceLocation[]> {
    const rows = () => this.page.evaluate(dom.peekReferenceRows, null);
    let askedAt = 0;
    await this.waitFor(async () => {
      if ((await rows()).some((row) => row.expanded === null && REFERENCE_LABEL.test(row.label))) return true;
      if (Date.now() - askedAt > ASK_AGAIN_MS) {
        if (await this.page.evaluate(dom.peekReferencesOpen, null)) {
          await this.page.keyboard.press('Escape');
          await this.waitFor(async () => !(await this.page.evaluate(dom.peekReferencesOpen, null)), 'Peek References to close');
        }
        await this.page.keyboard.press('Shift+F12');
        askedAt = Date.now();
      }
      return false;
    }, 'Peek References to list places');
    const clickedAt = new Map<string, number>();
    let places: ReferenceLocation[] = [];
    let title = '';
    await this.waitFor(async () => {
      const shown = await rows();
      const collapsed = shown.find((row) => row.expanded === false && Date.now() - (clickedAt.get(row.label) ?? 0) > ASK_AGAIN_MS);
      if (collapsed) {
        clickedAt.set(collapsed.label, Date.now());
        await this.page.locator(`.reference-zone-widget .ref-tree .monaco-list-row[data-index="${collapsed.index}"] .monaco-tl-twistie`).click();
        return false;
      }
      places = shown.flatMap((row) => {
        const match = row.expanded === null ? REFERENCE_LABEL.exec(row.label) : null;
        return match ? [{ file: match[2]!, line: Number(match[3]), column: Number(match[4]) }] : [];
      });
      title = await this.page.evaluate(dom.peekReferencesTitle, null);
      return places.length === Number(/\((\d+)\)\s*$/.exec(title)?.[1] ?? NaN) && !shown.some((row) => row.expanded === false);
    }, 'every place of Peek References to show').catch((error: Error) => {
      throw new Error(`${error.message}; its title says "${title}", its list shows ${JSON.stringify(places)}`);
    });
    await this.page.keyboard.press('Escape');
    await this.waitFor(async () => !(await this.page.evaluate(dom.peekReferencesOpen, null)), 'Peek References to close');
    return places;
  }

  async waitForVisibleLines(accept: (lines: number[]) => boolean, timeoutMs = WAIT_MS): Promise<number[]> {
    let last: number[] = [];
    const read = async () => (await this.page.evaluate(dom.renderedLines, dom.ACTIVE_EDITOR)).map(({ line }) => line).sort((a, b) => a - b);
    await this.waitFor(async () => accept((last = await read())), 'the expected lines on screen in the active editor', timeoutMs)
      .catch((error: Error) => { throw new Error(`${error.message}; the active editor shows the lines ${JSON.stringify(last)}`); });
    return last;
  }

  async waitForActiveEditor(fileName: string, at?: { line: number; column: number }): Promise<void> {
    await this.waitFor(() => this.page.evaluate(dom.activeEditorIs, fileName), `${fileName} as the active editor`);
    if (!at) return;
    const expected = `Ln ${at.line}, Col ${at.column}`;
    let shown = '';
    await this.waitFor(async () => (shown = await this.statusBarText('status.editor.selection')) === expected || shown.startsWith(`${expected} `),
      `the cursor at ${expected} in ${fileName}`).catch((error: Error) => { throw new Error(`${error.message}; the status bar shows "${shown}"`); });
  }

  /** Reads again from the start when the editor changed under a reading (another editor took the focus). */
  async waitForEditorText(accept: (text: string) => boolean, timeoutMs = WAIT_MS): Promise<string> {
    let last = '';
    let unread = '';
    await this.waitFor(async () => {
      if (!(await this.page.evaluate(dom.editorFocused, null))) return false;
      const text = await this.readEditorText().catch((error: Error) => { unread = error.message; return null; });
      return text !== null && accept((last = text));
    }, 'the expected text in the active editor', timeoutMs).catch((error: Error) => {
      throw new Error(`${error.message}; the active editor shows ${JSON.stringify(last.slice(0, 3000))}${unread ? `; the last reading that failed: ${unread}` : ''}`);
    });
    return last;
  }

  /**
   * Ctrl+End tells how many lines there are (the status bar's line is the last one on screen, its column
   * past that line's text); then Ctrl+Home, and the lines on screen, PageDown after PageDown. Rejects when the
   * active editor changed meanwhile, or a step does not show within a few seconds.
   */
  private async readEditorText(): Promise<string> {
    const tab = await this.page.evaluate(dom.activeTabLabel, null);
    const onScreen = () => this.page.evaluate(dom.renderedLines, dom.ACTIVE_EDITOR);
    const cursor = async () => /^Ln (\d+), Col (\d+)/.exec(await this.statusBarText('status.editor.selection'))?.slice(1).map(Number) ?? [0, 0];
    await this.page.keyboard.press('Control+End');
    let lineCount = 0;
    await this.waitFor(async () => {
      const [line, column] = await cursor();
      const lines = await onScreen();
      const last = lines.find((candidate) => candidate.line === line);
      lineCount = line;
      // Col counts a tab as several columns: at least one past the text.
      return Boolean(last) && last!.text.length <= column - 1 && !lines.some((candidate) => candidate.line > line);
    }, 'the cursor at the end of the active editor', READ_STEP_MS);
    await this.page.keyboard.press('Control+Home');
    await this.waitFor(async () => (await cursor())[0] === 1 && (await onScreen()).some((candidate) => candidate.line === 1),
      'the cursor at the start of the active editor', READ_STEP_MS);
    const text = new Map<number, string>();
    for (let pages = 0; ; pages++) {
      const lines = await onScreen();
      for (const { line, text: shown } of lines) text.set(line, shown);
      if (text.size >= lineCount) break;
      if (pages >= MAX_PAGES) throw new Error(`the active editor has more than ${MAX_PAGES} pages`);
      const [from] = await cursor();
      await this.page.keyboard.press('PageDown'); // the cursor goes a page down; the lines after it come on screen
      await this.waitFor(async () => (await cursor())[0] > from, 'PageDown to move down the active editor', READ_STEP_MS);
    }
    if ((await this.page.evaluate(dom.activeTabLabel, null)) !== tab) throw new Error('another editor became active while reading');
    return Array.from({ length: lineCount }, (_, index) => text.get(index + 1) ?? '').join('\n');
  }

  /** The setting's row is found by its key (`data-key`); its box gets a click, Ctrl+A and the value typed. */
  async changeSetting(key: string, value: string): Promise<void> {
    await this.runCommand('Preferences: Open Settings (UI)');
    await this.page.waitForFunction(dom.settingsSearchFocused, null);
    await this.page.keyboard.press('Control+A'); // a search typed before, when the editor was open already
    await this.page.keyboard.type(key);
    await this.waitFor(async () => (await this.page.evaluate(dom.settingTextValue, key)) !== null, `the setting ${key} in the Settings editor`);
    await this.page.locator(`.settings-editor .setting-item-contents[data-key=${JSON.stringify(key)}] .setting-item-control input`).click();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.type(value);
    let shown: string | null = null;
    await this.waitFor(async () => (shown = await this.page.evaluate(dom.settingTextValue, key)) === value, `the Settings editor to show ${key} = ${value}`)
      .catch((error: Error) => { throw new Error(`${error.message}; its box shows ${JSON.stringify(shown)}`); });
  }

  async outputChannelText(channel: string): Promise<string> {
    await this.pickWhenListed(channel, () => this.runCommand('Output: Show Output Channels...'), `the output channel "${channel}"`);
    await this.page.waitForFunction(dom.outputChannelShown, channel);
    const file = newestChannelLog(this.logsDir, channel);
    if (!file) throw new Error(`no log file for the output channel "${channel}" under ${this.logsDir}`);
    return readFileSync(file, 'utf8');
  }

  /** Resolves once the extension host has activated the RouterOS extension. */
  async waitForActivation(): Promise<void> {
    await this.waitFor(async () => extensionHostLog(this.logsDir).includes('_doActivateExtension routeros-ipsec.routeros-ipsec'),
      'the RouterOS extension to activate');
  }

  async screenshot(name: string): Promise<void> {
    if (!this.screenshotDir) return;
    mkdirSync(this.screenshotDir, { recursive: true });
    await this.page.screenshot({ path: join(this.screenshotDir, `${name}.png`) });
  }

  /** A quick input is open and has the keyboard: what is typed now goes into it, not into the editor. */
  private async quickInputOpen(): Promise<void> {
    await this.page.waitForFunction(dom.quickInputFocused, null);
  }

  /** Waits until `read` gives something other than null or undefined, and resolves with it. */
  private async waitForValue<T>(read: () => Promise<T | null | undefined>, what: string, timeoutMs = WAIT_MS): Promise<T> {
    let value: T | null | undefined;
    await this.waitFor(async () => (value = await read()) !== null && value !== undefined, what, timeoutMs);
    return value as T;
  }

  private async waitFor(condition: () => Promise<boolean>, what: string, timeoutMs = WAIT_MS): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
}
