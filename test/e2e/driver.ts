// What a scenario may do to VS Code, in the user's terms. Two implementations: code-server driven through
// Chromium (./harness.ts, the default, runs here and in CI) and the VS Code API inside the extension host
// (./electron/, for `npm run test:electron` on a machine that can download VS Code). A scenario written
// against this interface alone runs under both.

export type Severity = 'error' | 'warning' | 'info';

export interface Problem {
  /** The file's name as the Problems panel shows it, e.g. `seattle.rsc`. */
  file: string;
  message: string;
  severity: Severity;
  /** 1-based, as shown to the user. */
  line: number;
}

/** A place Find References lists: the file's name (e.g. `seattle.rsc`) and a 1-based line and column. */
export interface ReferenceLocation {
  file: string;
  line: number;
  column: number;
}

export interface SessionOptions {
  /** A folder copied to a fresh temporary workspace; by default test/demo-workspace. */
  workspace?: string;
  /** Extra files written into the workspace copy before VS Code starts: relative path → text. */
  files?: Record<string, string>;
  /** User settings on top of the harness's quiet defaults, e.g. `{ 'routeros.version': '7.15' }`. */
  settings?: Record<string, unknown>;
}

export interface VSCodeDriver {
  /** Waits until VS Code has activated the RouterOS extension (it does so when a .rsc file opens). */
  waitForActivation(): Promise<void>;
  /** Opens a workspace file in an editor and waits until it has focus. */
  openFile(relativePath: string): Promise<void>;
  /** The language mode of the active editor as the status bar shows it ("RouterOS"). */
  languageMode(): Promise<string>;
  /** The text of a status bar item by its id, e.g. 'status.editor.mode'; '' when it is not shown. */
  statusBarText(id: string): Promise<string>;
  /** Waits until the active editor's language mode is `name`. */
  waitForLanguageMode(name: string): Promise<void>;
  /** The distinct text colours on a 1-based line of the active editor: one colour means no highlighting. */
  tokenColorsOnLine(line: number): Promise<string[]>;
  /** Puts the cursor at a 1-based line and column of the active editor. */
  goTo(line: number, column: number): Promise<void>;
  /** Puts the cursor at the end of the active editor's text. */
  goToEnd(): Promise<void>;
  /** Types as a user would, key by key, at the cursor. */
  typeText(text: string): Promise<void>;
  /** goTo, then typeText. */
  typeAt(line: number, column: number, text: string): Promise<void>;
  /** Presses one key or chord, Playwright-style: 'Escape', 'Enter', 'Control+S'. */
  press(key: string): Promise<void>;
  /** Asks for completions at the cursor (Ctrl+Space) and resolves with every label offered. */
  triggerSuggest(): Promise<string[]>;
  /** The labels of the completion list that is open, [] when none is. */
  suggestLabels(): Promise<string[]>;
  /** The text of the hover shown over the first occurrence of `word` in the active editor. */
  hoverAt(word: string): Promise<string>;
  /**
   * Moves the cursor to a 1-based line and column of the active editor (which brings it on screen), then
   * the mouse onto the character there, and resolves with the text of the hover that shows.
   */
  hoverAtPosition(line: number, column: number): Promise<string>;
  /** Every problem the Problems panel lists. */
  problems(): Promise<Problem[]>;
  /** Waits until the problems satisfy `accept`, and resolves with them. */
  waitForProblems(accept: (problems: Problem[]) => boolean, timeoutMs?: number): Promise<Problem[]>;
  /** Runs a command from the command palette by its title, e.g. 'RouterOS: Deploy to Router'. */
  runCommand(title: string): Promise<void>;
  /** The labels of the quick pick that is open. */
  quickPickItems(): Promise<string[]>;
  /** Picks the item with this label in the open quick pick. */
  selectQuickPick(label: string): Promise<void>;
  /** Types into the open quick input box (a question or a filter) and presses Enter. */
  answerQuickInput(text: string): Promise<void>;
  /**
   * The prompt and the proposed (pre-filled) value of the open input box, e.g. `{ prompt: "This site's LAN",
   * value: '192.168.111.0/24' }`; waits until one is open.
   */
  inputBoxQuestion(): Promise<{ prompt: string; value: string }>;
  /** Accepts the open input box as it stands (Enter), and waits until it closes or asks something else. */
  acceptInputBox(): Promise<void>;
  /**
   * Opens the quick-fix menu at the cursor (Ctrl+.), asked again every few seconds while none is offered
   * (the language server offers fixes once it has checked the editor's current text), and resolves with the
   * titles of its actions. The menu stays open; [] once the wait runs out.
   */
  quickFixes(): Promise<string[]>;
  /** Applies the quick fix with this title from the menu (opened as quickFixes() does when it is closed). */
  applyQuickFix(title: string): Promise<void>;
  /** Waits until the code lenses shown in the active editor satisfy `accept`, and resolves with their titles. */
  waitForCodeLenses(accept: (titles: string[]) => boolean, timeoutMs?: number): Promise<string[]>;
  /** Clicks the code lens with this title in the active editor. */
  clickCodeLens(title: string): Promise<void>;
  /**
   * "Go to Symbol in Editor" (Ctrl+Shift+O) on the active editor: every label it lists, in list order (each
   * menu section followed by its items), then closes it.
   */
  editorSymbols(): Promise<string[]>;
  /**
   * Go to References (Shift+F12) at the cursor, asked again every few seconds while no peek lists anything
   * (the language server may still be starting): every place the peek lists, each file's list expanded, in
   * list order; then closes it (Escape). Meant for a name with a few dozen places at most, and more than one
   * besides its declaration: with the declaration and one use, VS Code goes straight to that use instead.
   */
  peekReferences(): Promise<ReferenceLocation[]>;
  /**
   * Waits until the 1-based numbers of the active editor's lines on screen, top to bottom, satisfy `accept`,
   * and resolves with them: the lines inside a folded region are not among them.
   */
  waitForVisibleLines(accept: (lines: number[]) => boolean, timeoutMs?: number): Promise<number[]>;
  /** Waits until the editor of `fileName` is the active one and has focus, with the cursor at `at` when given (1-based). */
  waitForActiveEditor(fileName: string, at?: { line: number; column: number }): Promise<void>;
  /**
   * Waits until an editor has focus and its whole text satisfies `accept`, and resolves with that text. The
   * code-server driver reads it from the screen a page at a time, moving the cursor (Ctrl+End, Ctrl+Home,
   * PageDown): meant for files of a few screens; a tab comes back as the spaces the editor shows for it.
   */
  waitForEditorText(accept: (text: string) => boolean, timeoutMs?: number): Promise<string>;
  /**
   * Changes a user setting that the Settings UI edits in a text box (a string, or a number written as text)
   * as a user does: "Preferences: Open Settings (UI)", its key in the search box, `value` in place of what its
   * box holds (the User tab). Resolves once the box shows `value`; VS Code saves it about a second later, so
   * wait on the effect. The Settings editor stays open: closing it at once could drop the pending save.
   */
  changeSetting(key: string, value: string): Promise<void>;
  /**
   * Rename Symbol at the cursor as a user does: F2, the name in the rename box replaced by `newName`, Enter;
   * resolves once the box has closed. Rejects with the editor's message when the rename is refused.
   */
  renameSymbol(newName: string): Promise<void>;
  /** The whole text of an output channel, shown in the Output view as a user would open it. */
  outputChannelText(channel: string): Promise<string>;
  /** Saves a picture of the window as docs/images/<name>.png, only when E2E_SCREENSHOTS=1. */
  screenshot(name: string): Promise<void>;
  /** Absolute path of the workspace copy, to read or write files the scenario expects. */
  readonly workspace: string;
}
