// Writes reply bursts to one client in order, honouring the timing faults: slow answers, replies
// cut into TCP segments (the last zero byte alone), a reply cut halfway before the line drops.
import type { Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { encodeSentence } from '../../../client/src/router/protocol/words';
import type { Faults } from '../faults';

/** Long enough for loopback to deliver what was written before as its own segment. */
const SEGMENT_GAP_MS = 15;

export class ReplyWriter {
  private queue: Promise<void> = Promise.resolve();
  /** Ends the waits of slow replies when the client goes: nothing is left ticking. */
  private readonly gone = new AbortController();

  constructor(
    private readonly socket: Socket,
    private readonly faults: Faults,
  ) {
    socket.setNoDelay(true);
    socket.once('close', () => this.gone.abort());
  }

  /** One burst: all sentences of a reply, written together unless a fault says otherwise. */
  send(sentences: readonly string[][], cutHalfway = false): void {
    const bytes = Buffer.concat(sentences.map((words) => encodeSentence(words)));
    this.queue = this.queue.then(() => this.deliver(bytes, cutHalfway)).catch(() => undefined);
  }

  /** Resolves once everything queued so far has been written. */
  flushed(): Promise<void> {
    return this.queue;
  }

  private async deliver(bytes: Buffer, cutHalfway: boolean): Promise<void> {
    if (this.faults.replyDelayMs > 0) await sleep(this.faults.replyDelayMs, undefined, { signal: this.gone.signal });
    if (this.socket.destroyed) return;
    if (cutHalfway) {
      this.socket.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
      await sleep(SEGMENT_GAP_MS, undefined, { signal: this.gone.signal });
      this.socket.destroy();
    } else if (this.faults.splitReplies) {
      await this.writeInSegments(bytes);
    } else {
      this.socket.write(bytes);
    }
  }

  private async writeInSegments(bytes: Buffer): Promise<void> {
    const body = bytes.subarray(0, bytes.length - 1);
    const third = Math.max(1, Math.floor(body.length / 3));
    for (let at = 0; at < body.length; at += third) {
      this.socket.write(body.subarray(at, at + third));
      await sleep(SEGMENT_GAP_MS, undefined, { signal: this.gone.signal });
    }
    if (!this.socket.destroyed) this.socket.write(bytes.subarray(bytes.length - 1));
  }
}
