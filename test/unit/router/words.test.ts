import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { encodeLength, encodeSentence, ProtocolError, SentenceDecoder } from '../../../client/src/router/protocol/words';
import { readSentence } from '../../../client/src/router/protocol/sentence';

describe('API word lengths', () => {
  // The vectors of routeros-api.md §1.2.
  const vectors: [number, string][] = [
    [0, '00'], [0x7f, '7f'], [0x80, '8080'], [300, '812c'], [0x3fff, 'bfff'], [0x4000, 'c04000'], [17000, 'c04268'],
    [0x1fffff, 'dfffff'], [0x200000, 'e0200000'], [0xfffffff, 'efffffff'], [0x10000000, 'f010000000'],
  ];
  for (const [length, hex] of vectors) {
    it(`encodes ${length} as ${hex}`, () => assert.equal(encodeLength(length).toString('hex'), hex));
  }

  it('decodes every length form back', () => {
    for (const length of [0x7f, 0x80, 0x3fff, 0x4000, 0x1fffff, 0x200000]) {
      const word = 'x'.repeat(length);
      const [sentence] = new SentenceDecoder().push(encodeSentence(['!re', word]));
      assert.equal(sentence[1].length, length);
    }
  });
});

describe('SentenceDecoder', () => {
  const reply = Buffer.concat([
    encodeSentence(['!re', '.tag=7', '=name=peer-a', `=comment=${'é'.repeat(200)}`]),
    encodeSentence(['!re', '.tag=7', `=comment=${'x'.repeat(20000)}`]),
    encodeSentence(['!done', '.tag=7']),
  ]);

  it('delivers the same sentences however the bytes are cut, nothing early and nothing late', () => {
    const whole = new SentenceDecoder().push(reply);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: reply.length - 1 }), { maxLength: 40 }), (cuts) => {
        const decoder = new SentenceDecoder();
        const points = [0, ...cuts.sort((a, b) => a - b), reply.length];
        const got: string[][] = [];
        for (let i = 1; i < points.length; i++) got.push(...decoder.push(reply.subarray(points[i - 1], points[i])));
        assert.deepEqual(got, whole);
      }),
    );
  });

  it('delivers the last sentence when its final zero byte arrives alone', () => {
    const decoder = new SentenceDecoder();
    assert.equal(decoder.push(reply.subarray(0, reply.length - 1)).length, 2);
    assert.deepEqual(decoder.push(reply.subarray(reply.length - 1)), [['!done', '.tag=7']]);
  });

  it('reads Windows-1252 text', () => {
    const [sentence] = new SentenceDecoder().push(Buffer.from([4, 0x21, 0x72, 0x65, 0x80, 0]));
    assert.equal(sentence[0], '!re€');
  });

  it('refuses a reserved control byte', () => {
    assert.throws(() => new SentenceDecoder().push(Buffer.from([0xf8, 1, 2])), ProtocolError);
  });
});

describe('readSentence', () => {
  it('splits attributes on the first two "=" only, and finds the tag wherever it stands', () => {
    const sentence = readSentence(['!re', '=name=iu=c3Eeg', '=comment=', '.tag=5', '?type=ether', 'plain']);
    assert.deepEqual(sentence, {
      head: '!re', tag: '5', attributes: { name: 'iu=c3Eeg', comment: '' }, queries: ['?type=ether'], plain: ['plain'],
    });
  });
});
