// The RouterOS API framing: a word is its length (five encodings) and its bytes; a sentence is words
// ended by an empty word. Used by our receive path and by the test simulator, so both read the wire
// with one codec that is tested against the documented vectors.

/** A first byte at or above this is a reserved control byte: the stream cannot be read further. */
const FIRST_CONTROL_BYTE = 0xf8;

export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';
}

/** The bytes that announce a word of `length` bytes. */
export function encodeLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  if (length < 0x4000) return Buffer.from([(length >>> 8) | 0x80, length & 0xff]);
  if (length < 0x200000) return Buffer.from([(length >>> 16) | 0xc0, (length >>> 8) & 0xff, length & 0xff]);
  if (length < 0x10000000) {
    return Buffer.from([(length >>> 24) | 0xe0, (length >>> 16) & 0xff, (length >>> 8) & 0xff, length & 0xff]);
  }
  return Buffer.from([0xf0, (length >>> 24) & 0xff, (length >>> 16) & 0xff, (length >>> 8) & 0xff, length & 0xff]);
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F. Node's TextDecoder('windows-1252') decodes
 * those as Latin-1 control characters, so the table is ours (five codes are unassigned).
 */
const windows1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * RouterOS words are single-byte text (Windows-1252). Characters outside one byte cannot be sent
 * and become `?`, as the router itself would show them.
 */
export function wordBytes(text: string): Buffer {
  const bytes = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const high = windows1252High.indexOf(text[i]);
    bytes[i] = high >= 0 ? 0x80 + high : code <= 0xff ? code : 0x3f;
  }
  return bytes;
}

export function encodeSentence(words: readonly string[]): Buffer {
  const parts: Buffer[] = [];
  for (const word of words) {
    const bytes = wordBytes(word);
    parts.push(encodeLength(bytes.length), bytes);
  }
  parts.push(Buffer.from([0]));
  return Buffer.concat(parts);
}

function decodeWindows1252(bytes: Buffer): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte < 0xa0 ? windows1252High[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

/** How many bytes announce the length, from the first byte; 0 for a control byte. */
function lengthPrefixSize(firstByte: number): number {
  if (firstByte < 0x80) return 1;
  if (firstByte < 0xc0) return 2;
  if (firstByte < 0xe0) return 3;
  if (firstByte < 0xf0) return 4;
  if (firstByte < FIRST_CONTROL_BYTE) return 5;
  return 0;
}

function decodeLength(bytes: Buffer, at: number, size: number): number {
  if (size === 5) return bytes.readUInt32BE(at + 1);
  const masks = [0, 0x7f, 0x3f, 0x1f, 0x0f];
  let length = bytes[at] & masks[size];
  for (let i = 1; i < size; i++) length = length * 256 + bytes[at + i];
  return length;
}

/**
 * Turns a byte stream, cut anywhere (a lone length byte, a lone final zero), into whole sentences.
 * Nothing is delivered before its closing empty word, and everything is delivered as soon as it is.
 */
export class SentenceDecoder {
  private pending: Buffer = Buffer.alloc(0);
  private words: string[] = [];

  /** Returns the sentences completed by this chunk; throws ProtocolError on a control byte. */
  push(chunk: Buffer): string[][] {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    const sentences: string[][] = [];
    let at = 0;
    for (;;) {
      if (at >= this.pending.length) break;
      const size = lengthPrefixSize(this.pending[at]);
      if (size === 0) throw new ProtocolError(`reserved control byte 0x${this.pending[at].toString(16)} in the reply`);
      if (at + size > this.pending.length) break;
      const length = decodeLength(this.pending, at, size);
      if (at + size + length > this.pending.length) break;
      const start = at + size;
      at = start + length;
      if (length === 0) {
        if (this.words.length > 0) sentences.push(this.words);
        this.words = [];
      } else {
        this.words.push(decodeWindows1252(this.pending.subarray(start, at)));
      }
    }
    this.pending = this.pending.subarray(at);
    return sentences;
  }
}
