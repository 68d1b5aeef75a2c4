// Opens a file at a position: the target of the "Other end" code lens on a peer.
import * as vscode from 'vscode';

export async function openLocation(uri: string, line: number, character: number): Promise<void> {
  const position = new vscode.Position(line, character);
  await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: new vscode.Range(position, position) });
}
