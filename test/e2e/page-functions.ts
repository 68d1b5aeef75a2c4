// Functions that Playwright sends into the VS Code page: each is serialised on its own, so none may use
// imports or anything outside its own body. The repository compiles without the DOM library (the server
// must not see `window`), so the little of the DOM they touch is declared here, for this module only.

interface DomElement {
  readonly textContent: string | null;
  readonly className: string;
  readonly parentElement: DomElement | null;
  readonly style: { top: string };
  readonly classList: { contains(name: string): boolean };
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
  getBoundingClientRect(): DomRect;
}
interface DomText {
  readonly textContent: string | null;
}
interface DomRect {
  x: number;
  y: number;
  width: number;
  height: number;
}
declare const document: {
  readonly activeElement: DomElement | null;
  getElementById(id: string): DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  createTreeWalker(root: DomElement, whatToShow: number): { nextNode(): DomText | null };
  createRange(): { setStart(node: DomText, offset: number): void; setEnd(node: DomText, offset: number): void; getBoundingClientRect(): DomRect };
};
declare function getComputedStyle(element: DomElement): { color: string };

/** The editor of the active editor group (not the Output view's, which is a Monaco editor too). */
export const ACTIVE_EDITOR = '.part.editor .editor-group-container.active .monaco-editor';

/** The active editor group's tab is `fileName`'s, and its editor has the keyboard. */
export function activeEditorIs(fileName: string): boolean {
  const tab = document.querySelector('.part.editor .editor-group-container.active .tab.active');
  const focusedEditor = document.activeElement?.closest('.part.editor .editor-group-container.active .monaco-editor');
  return Boolean(tab?.getAttribute('aria-label')?.startsWith(fileName) && focusedEditor);
}

/** The accessible label of the active editor's tab, e.g. `seattle.rsc, Editor Group 1`; '' when there is none. */
export function activeTabLabel(): string {
  return document.querySelector('.part.editor .editor-group-container.active .tab.active')?.getAttribute('aria-label') ?? '';
}

export function statusBarText(id: string): string {
  return document.getElementById(id)?.textContent?.trim() ?? '';
}

/** Whether the first row of the open quick input is the file `fileName` (Quick Open's best match). */
export function firstRowIsFile(fileName: string): boolean {
  const row = document.querySelector('.quick-input-widget .monaco-list-row[data-index="0"]');
  return row?.querySelector('.label-name')?.textContent?.trim() === fileName;
}

export function quickInputVisible(): boolean {
  const widget = document.querySelector('.quick-input-widget') as unknown as { style: { display: string } } | null;
  return Boolean(widget && widget.style.display !== 'none');
}

export function quickInputFocused(): boolean {
  const widget = document.querySelector('.quick-input-widget') as unknown as { style: { display: string } } | null;
  return Boolean(widget && widget.style.display !== 'none' && document.activeElement?.closest('.quick-input-widget'));
}

/** The quick input is closed, or no longer lists `label` (it moved on to its next step). */
export function quickInputListsNot(label: string): boolean {
  const widget = document.querySelector('.quick-input-widget') as unknown as { style: { display: string } } | null;
  if (!widget || widget.style.display === 'none') return true;
  return !Array.from(document.querySelectorAll('.quick-input-widget .monaco-list-row .label-name')).some((name) => name.textContent?.trim() === label);
}

/** The rendered rows of the open quick input, in list order, and whether each is the last of the list. */
export function quickInputRows(): { index: number; label: string; last: boolean }[] {
  return Array.from(document.querySelectorAll('.quick-input-widget .monaco-list-row'))
    .map((row) => ({
      index: Number(row.getAttribute('data-index')),
      label: row.querySelector('.label-name')?.textContent?.trim() ?? '',
      last: row.getAttribute('data-last-element') === 'true',
    }))
    .sort((a, b) => a.index - b.index);
}

/** The data-index of the quick input's focused row, -1 when none is. */
export function quickInputFocusedIndex(): number {
  return Number(document.querySelector('.quick-input-widget .monaco-list-row.focused')?.getAttribute('data-index') ?? -1);
}

/**
 * The prompt (with VS Code's "(Press 'Enter' to confirm …)" hint) and the value of the open input box, or
 * null while none has the keyboard. A quick pick shows no message line, an input box its prompt there.
 */
export function inputBoxState(): { prompt: string; value: string } | null {
  const widget = document.querySelector('.quick-input-widget') as unknown as (DomElement & { style: { display: string } }) | null;
  if (!widget || widget.style.display === 'none' || !document.activeElement?.closest('.quick-input-widget')) return null;
  const message = widget.querySelector('.quick-input-message') as unknown as (DomElement & { style: { display: string } }) | null;
  const input = widget.querySelector('.quick-input-box input') as unknown as { value: string } | null;
  const prompt = message && message.style.display !== 'none' ? (message.textContent ?? '').trim() : '';
  return prompt && input ? { prompt, value: input.value } : null;
}

/**
 * The rename box of an editor (F2), once it has focus: the name it holds; or the message the editor shows
 * instead when the rename is refused; null while neither shows.
 */
export function renameState(editor: string): { box: string } | { refused: string } | null {
  const input = document.querySelector(`${editor} .rename-box input`) as unknown as ({ value: string } & DomElement) | null;
  if (input && document.activeElement === input) return { box: input.value };
  const message = Array.from(document.querySelectorAll(`${editor} .monaco-editor-overlaymessage`)).map((element) => (element.textContent ?? '').trim()).join(' ');
  return message ? { refused: message } : null;
}

/** The rows of the open action widget (the quick-fix menu, Ctrl+.): its actions, and its group headers with no title. */
export function actionWidgetRows(): { index: number; title: string; header: boolean }[] {
  return Array.from(document.querySelectorAll('.context-view .action-widget .monaco-list-row')).map((row) => ({
    index: Number(row.getAttribute('data-index')),
    title: row.querySelector('.title')?.textContent?.trim() ?? '',
    header: row.classList.contains('group-header'),
  }));
}

/** The overlay message an editor shows, e.g. "No code actions available" after a Ctrl+. that found none; '' when none. */
export function editorMessage(editor: string): string {
  return Array.from(document.querySelectorAll(`${editor} .monaco-editor-overlaymessage`)).map((element) => (element.textContent ?? '').trim()).join(' ');
}

/**
 * The titles of the code lenses rendered in an editor (those of the lines on screen), top to bottom. A lens
 * with a command is an `<a>`, one without a `<span>`; lenses on one line are separated by `<span> | </span>`.
 */
export function codeLensTitles(editor: string): string[] {
  const decorations = Array.from(document.querySelectorAll(`${editor} .codelens-decoration`))
    .sort((a, b) => a.getBoundingClientRect().y - b.getBoundingClientRect().y);
  return decorations.flatMap((decoration) => Array.from(decoration.querySelectorAll(':scope > a, :scope > span'))
    .map((part) => (part.textContent ?? '').replace(/\u00a0/g, ' ').trim())
    .filter((text) => text && text !== '|'));
}

/** Centre of the code lens with this title in an editor, or null when none is rendered. */
export function codeLensCentre(args: { editor: string; title: string }): { x: number; y: number } | null {
  const part = Array.from(document.querySelectorAll(`${args.editor} .codelens-decoration > a`))
    .find((element) => (element.textContent ?? '').replace(/\u00a0/g, ' ').trim() === args.title);
  if (!part) return null;
  const box = part.getBoundingClientRect();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The lines of an editor on screen: 1-based number (from the gutter) and text, in no particular order. */
export function renderedLines(editor: string): { line: number; text: string }[] {
  const textAt = new Map<string, string>();
  for (const line of Array.from(document.querySelectorAll(`${editor} .view-lines .view-line`))) {
    textAt.set(line.style.top, (line.textContent ?? '').replace(/\u00a0/g, ' '));
  }
  return Array.from(document.querySelectorAll(`${editor} .margin-view-overlays .line-numbers`)).flatMap((gutter) => {
    const text = textAt.get(gutter.parentElement?.style.top ?? '');
    const line = Number(gutter.textContent?.trim());
    return text === undefined || !line ? [] : [{ line, text }];
  });
}

/** An editor of the editor area has the keyboard (not the Output view's, not a quick input). */
export function editorFocused(): boolean {
  return Boolean(document.activeElement?.closest('.part.editor .monaco-editor'));
}

/** The distinct text colours of the spans on a 1-based line, found through the line-number gutter. */
export function tokenColors(args: { editor: string; line: number }): string[] | null {
  const numbers = Array.from(document.querySelectorAll(`${args.editor} .margin-view-overlays .line-numbers`));
  const gutter = numbers.find((element) => element.textContent?.trim() === String(args.line));
  const top = gutter?.parentElement?.style.top;
  const line = Array.from(document.querySelectorAll(`${args.editor} .view-lines .view-line`)).find((element) => element.style.top === top);
  if (!line) return null;
  const spans = Array.from(line.querySelectorAll('span[class^="mtk"]')).filter((span) => span.textContent?.trim());
  return [...new Set(spans.map((span) => getComputedStyle(span).color))];
}

/** Centre of the first visible occurrence of `word` in the active editor, or null. */
export function wordCentre(args: { editor: string; word: string }): { x: number; y: number } | null {
  for (const line of Array.from(document.querySelectorAll(`${args.editor} .view-lines .view-line`))) {
    const walker = document.createTreeWalker(line, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.textContent ?? '').replace(/\u00a0/g, ' ').indexOf(args.word);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + args.word.length);
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }
  }
  return null;
}

/** The text of the editor hover once it has content, or null while it is hidden or loading. */
export function visibleHoverText(): string | null {
  const hover = Array.from(document.querySelectorAll('.monaco-hover:not(.hidden):not(.workbench-hover)'))
    .map((element) => (element as unknown as { innerText: string }).innerText.trim())
    .find((text) => text && !/^Loading/.test(text));
  return hover ?? null;
}

/** 'open' with its rendered rows, 'empty' for "No suggestions.", or 'closed'/'loading'. */
export function suggestState(): { state: 'open' | 'empty' | 'closed' | 'loading'; total: number } {
  const widget = document.querySelector('.suggest-widget.visible');
  if (!widget) return { state: 'closed', total: 0 };
  const message = widget.querySelector('.message');
  const messageShown = message && (message as unknown as { style: { display: string } }).style.display !== 'none';
  if (messageShown) return { state: /No suggestions/i.test(message.textContent ?? '') ? 'empty' : 'loading', total: 0 };
  const first = widget.querySelector('.monaco-list-row');
  return first ? { state: 'open', total: Number(first.getAttribute('aria-setsize')) } : { state: 'loading', total: 0 };
}

/** The rendered rows of the suggest widget: index, label, and whether it is the last of the list. */
export function suggestRows(): { index: number; label: string; last: boolean }[] {
  return Array.from(document.querySelectorAll('.suggest-widget.visible .monaco-list-row')).map((row) => ({
    index: Number(row.getAttribute('data-index')),
    label: row.querySelector('.label-name')?.textContent?.trim() ?? '',
    last: row.getAttribute('data-last-element') === 'true',
  }));
}

export function problemsPanelVisible(): boolean {
  const panel = document.querySelector('.markers-panel');
  return Boolean(panel && panel.closest('.part.panel') && !panel.closest('.hidden'));
}

/** The rendered rows of the Problems tree: file rows and marker rows, with their data-index. */
export function problemRows(): { index: number; last: boolean; file?: string; severity?: string; message?: string; line?: number }[] {
  return Array.from(document.querySelectorAll('.markers-panel .monaco-list-row')).map((row) => {
    const index = Number(row.getAttribute('data-index'));
    const last = row.getAttribute('data-last-element') === 'true';
    const file = row.querySelector('.resource-label-container .label-name')?.textContent?.trim();
    if (file) return { index, last, file };
    const icon = row.querySelector('.marker-icon');
    if (!icon) return { index, last };
    const severity = ['error', 'warning', 'info'].find((name) => icon.classList.contains(name)) ?? 'info';
    const message = row.querySelector('.marker-message')?.textContent?.trim() ?? '';
    const line = Number(/Ln (\d+)/.exec(row.querySelector('.marker-line')?.textContent ?? '')?.[1] ?? 0);
    return { index, last, severity, message, line };
  });
}

/** The Output view shows `channel` and has taken the focus (it does so a moment after the pick). */
export function outputChannelShown(channel: string): boolean {
  if (!document.activeElement?.closest('.part.panel .output-view')) return false;
  return Array.from(document.querySelectorAll('.part.panel select')).some((select) => {
    const element = select as unknown as { selectedIndex: number; options: ArrayLike<{ text: string }> };
    return element.options[element.selectedIndex]?.text === channel;
  });
}

/**
 * Centre of the character at a 1-based line and column of an editor, found through the line-number gutter;
 * null when that line is not rendered or is shorter. A tab counts as one column here.
 */
export function characterCentre(args: { editor: string; line: number; column: number }): { x: number; y: number } | null {
  const numbers = Array.from(document.querySelectorAll(`${args.editor} .margin-view-overlays .line-numbers`));
  const top = numbers.find((element) => element.textContent?.trim() === String(args.line))?.parentElement?.style.top;
  const line = Array.from(document.querySelectorAll(`${args.editor} .view-lines .view-line`)).find((element) => element.style.top === top);
  if (top === undefined || !line) return null;
  let before = args.column - 1;
  const walker = document.createTreeWalker(line, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = (node.textContent ?? '').length;
    if (before >= length) {
      before -= length;
      continue;
    }
    const range = document.createRange();
    range.setStart(node, before);
    range.setEnd(node, before + 1);
    const box = range.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }
  return null;
}

/** Some hover of an editor is showing (with content or still loading). */
export function hoverShown(): boolean {
  return Array.from(document.querySelectorAll('.monaco-hover:not(.hidden):not(.workbench-hover)'))
    .some((element) => (element as unknown as { innerText: string }).innerText.trim() !== '');
}

/** The Peek References widget is open in some editor. */
export function peekReferencesOpen(): boolean {
  return document.querySelector('.reference-zone-widget') !== null;
}

/**
 * The rendered rows of the open Peek References tree, in list order: the accessible label of each, e.g.
 * "2 symbols in boise.rsc, full path …" for a file (expanded true or false) or "add name=x in boise.rsc on
 * line 7 at column 10" for a place (expanded null).
 */
export function peekReferenceRows(): { index: number; label: string; expanded: boolean | null }[] {
  return Array.from(document.querySelectorAll('.reference-zone-widget .ref-tree .monaco-list-row'))
    .map((row) => {
      const expanded = row.getAttribute('aria-expanded');
      return { index: Number(row.getAttribute('data-index')), label: row.getAttribute('aria-label') ?? '', expanded: expanded === null ? null : expanded === 'true' };
    })
    .sort((a, b) => a.index - b.index);
}

/** The title line of the open Peek References widget: file, folder and count, e.g. "seattle.rsc … References (4)". */
export function peekReferencesTitle(): string {
  const title = document.querySelector('.reference-zone-widget .peekview-title') as unknown as { innerText: string } | null;
  return (title?.innerText ?? '').replace(/\s+/g, ' ').trim();
}

/** The search box of the Settings editor (Preferences: Open Settings (UI)) has the keyboard. */
export function settingsSearchFocused(): boolean {
  return Boolean(document.activeElement?.closest('.settings-editor .settings-header .search-container'));
}

/**
 * What the text box of the setting `key` holds in the Settings editor, or null while the editor lists no such
 * setting (or shows it with another kind of control: a checkbox, a list).
 */
export function settingTextValue(key: string): string | null {
  const row = Array.from(document.querySelectorAll('.settings-editor .setting-item-contents')).find((element) => element.getAttribute('data-key') === key);
  const input = row?.querySelector('.setting-item-control input') as unknown as { value: string } | null | undefined;
  return input ? input.value : null;
}
