// Our receive path for node-routeros connections. The library's Receiver parses the socket's data
// event and throws from there on RouterOS 7.18's `!empty`, on a reply whose tag it does not know,
// and stalls a reply whose final zero byte arrives in its own TCP segment. None of that can be
// caught around the library (the throw happens in a socket event handler), so each connection's
// Receiver.processRawData is replaced by this one. It hands the library's Channels exactly the
// packets they expect, and keeps what the library drops: the trap category and `!fatal`'s reason.
import type { Socket } from 'node:net';
import { ProtocolError, SentenceDecoder } from './protocol/words';
import { readSentence, type Sentence } from './protocol/sentence';

/** The parts of node-routeros 1.6.9's Receiver that we replace and feed. */
export interface LibraryReceiver {
  tags: Map<string, { callback: (packet: string[]) => void }>;
  processRawData(data: Buffer): void;
}

export interface TrapRecord {
  readonly category: number | undefined;
  readonly messages: string[];
}

/** Replies a Channel understands; anything else would reach its throwing `unknown` handler. */
const channelReplies = new Set(['!re', '!done', '!trap']);

export class ReceivePath {
  private readonly decoder = new SentenceDecoder();
  private readonly traps = new Map<string, TrapRecord>();
  /** `!fatal`'s reason, or the protocol error that ended the connection. */
  endReason: string | undefined;
  lastReceivedAt = Date.now();

  constructor(
    private readonly socket: Socket,
    private readonly log: (line: string) => void,
  ) {}

  install(receiver: LibraryReceiver): void {
    receiver.processRawData = (data: Buffer) => this.receive(receiver, data);
  }

  /** The traps a tagged command received (all of them, with the category), forgotten once read. */
  takeTrap(tag: string): TrapRecord | undefined {
    const record = this.traps.get(tag);
    this.traps.delete(tag);
    return record;
  }

  private receive(receiver: LibraryReceiver, data: Buffer): void {
    this.lastReceivedAt = Date.now();
    let sentences: string[][];
    try {
      sentences = this.decoder.push(data);
    } catch (error) {
      this.endReason = error instanceof ProtocolError ? error.message : String(error);
      this.socket.destroy(error as Error);
      return;
    }
    for (const words of sentences) this.dispatch(receiver, readSentence(words));
  }

  private dispatch(receiver: LibraryReceiver, sentence: Sentence): void {
    if (sentence.head === '!fatal') {
      this.endReason = sentence.plain.join(' ') || sentence.attributes.message || 'fatal error';
      // The library's Connector treats its socket's `fatal` event as the end of the connection.
      this.socket.emit('fatal');
      return;
    }
    if (sentence.head === '!empty') return; // RouterOS 7.18+: "nothing to reply"; `!done` follows.
    const reader = sentence.tag === undefined ? undefined : receiver.tags.get(sentence.tag);
    if (!channelReplies.has(sentence.head) || !reader || sentence.tag === undefined) {
      this.log(`ignored a reply nobody waits for: ${sentence.head} (tag ${sentence.tag ?? 'none'})`);
      return;
    }
    // A cancelled stream's "interrupted" is no failure, and nobody asks for it.
    if (sentence.head === '!trap' && sentence.attributes.category !== '2') this.recordTrap(sentence.tag, sentence);
    this.deliver(reader.callback, sentence);
  }

  private recordTrap(tag: string, sentence: Sentence): void {
    const category = sentence.attributes.category === undefined ? undefined : Number(sentence.attributes.category);
    const record = this.traps.get(tag) ?? { category, messages: [] };
    record.messages.push(sentence.attributes.message ?? '');
    this.traps.set(tag, record);
  }

  /** A throw from a library callback must not escape into the socket's event handler. */
  private deliver(callback: (packet: string[]) => void, sentence: Sentence): void {
    const words = Object.entries(sentence.attributes).map(([name, value]) => `=${name}=${value}`);
    try {
      callback([sentence.head, ...words]);
    } catch (error) {
      this.log(`node-routeros failed on a ${sentence.head} reply: ${(error as Error).message}`);
    }
  }
}
