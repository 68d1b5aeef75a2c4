// Code lenses that show, on each peer, which file and line is the other end of its tunnel.
import type { CodeLens, Range } from 'vscode-languageserver';
import type { Span } from '../parser/ast';
import type { PeerPair } from '../analysis/pairing';
import { routerLabel } from '../analysis/describe';
import { nameOf } from '../model/config';
import type { RouterDocument } from '../model/document';

/** Client command that opens a file at a position: (uri, line, character). */
export const OPEN_LOCATION_COMMAND = 'routeros.openLocation';

export function pairLenses(document: RouterDocument, pairs: readonly PeerPair[], rangeOf: (uri: string, span: Span) => Range | undefined): CodeLens[] {
  if (document.oversized) return [];
  const view = document.ipsec;
  const lenses: CodeLens[] = [];
  for (const peer of view.peers()) {
    if (!peer.span || peer.implicitFrom) continue;
    const range = rangeOf(document.uri, peer.span);
    if (!range) continue;
    const lensRange = { start: range.start, end: range.start };
    const ends = pairs.filter((pair) => pair.local.view === view && pair.local.peer === peer);
    if (ends.length === 0) {
      lenses.push({ range: lensRange, command: { title: 'No other end found in the workspace', command: '' } });
      continue;
    }
    for (const { remote } of ends) {
      const span = remote.peer.span ?? { start: 0, end: 0 };
      const target = rangeOf(remote.view.uri, span);
      const line = (target?.start.line ?? 0) + 1;
      const peerName = nameOf(remote.peer);
      lenses.push({
        range: lensRange,
        command: {
          title: `⇄ Other end: ${routerLabel(remote.view)}, line ${line}${peerName ? ` (peer ${peerName})` : ''}`,
          command: OPEN_LOCATION_COMMAND,
          arguments: [remote.view.uri, target?.start.line ?? 0, target?.start.character ?? 0],
        },
      });
    }
  }
  return lenses;
}
