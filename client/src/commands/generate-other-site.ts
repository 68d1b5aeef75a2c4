// "RouterOS: Generate Other Site": asks the language server for the mirror image of the current script,
// confirming what it derived (addresses, LANs) and asking for what it could not (a hidden secret).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

interface Questions {
  thisPublicAddress?: string;
  otherPublicAddress?: string;
  otherLan?: string;
  thisLan?: string;
  peerName?: string;
  secretUnknown: boolean;
}

async function ask(prompt: string, value: string | undefined, password = false): Promise<string | undefined> {
  return vscode.window.showInputBox({ prompt, value: value ?? '', password, ignoreFocusOut: true, validateInput: (text) => (text.trim() ? undefined : 'Required') });
}

export async function generateOtherSite(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'routeros') {
    void vscode.window.showWarningMessage('Open the RouterOS script of one site first.');
    return;
  }
  const uri = editor.document.uri.toString();
  const questions = await client.sendRequest<Questions | null>('routeros/otherSiteQuestions', { uri });
  if (!questions) {
    void vscode.window.showWarningMessage('This script has no IPsec peer to build the other site from.');
    return;
  }
  const thisPublicAddress = await ask("This router's public address (the other router's peer points at it)", questions.thisPublicAddress);
  const otherPublicAddress = thisPublicAddress && (await ask("The other router's public address", questions.otherPublicAddress));
  const otherLan = otherPublicAddress && (await ask("The other site's LAN (e.g. 192.168.186.0/24)", questions.otherLan));
  const thisLan = otherLan && (await ask("This site's LAN", questions.thisLan));
  if (!thisPublicAddress || !otherPublicAddress || !otherLan || !thisLan) return;
  const secret = questions.secretUnknown ? await ask('The pre-shared key (hidden in this export)', undefined, true) : undefined;
  if (questions.secretUnknown && !secret) return;
  const answers = { thisPublicAddress, otherPublicAddress, otherLan, thisLan, ...(secret ? { secret } : {}) };
  const text = await client.sendRequest<string | null>('routeros/generateOtherSite', { uri, answers });
  if (!text) return;
  const document = await vscode.workspace.openTextDocument({ language: 'routeros', content: text });
  await vscode.window.showTextDocument(document, vscode.ViewColumn.Beside);
}
