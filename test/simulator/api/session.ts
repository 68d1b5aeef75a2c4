// One client connection to a simulated router: login, tagged commands, `/cancel`, `/quit`, and
// the replies, with `.tag` echoed on every sentence of a tagged command and `!fatal` untagged.
import { createHash, randomBytes } from 'node:crypto';
import type { Socket } from 'node:net';
import { ProtocolError, SentenceDecoder } from '../../../client/src/router/protocol/words';
import { readSentence, type Sentence } from '../../../client/src/router/protocol/sentence';
import type { Faults } from '../faults';
import type { Outcome, Row, Trap } from './outcome';
import { ReplyWriter } from './reply-writer';

/** What a session needs from its router. */
export interface SessionHost {
  readonly faults: Faults;
  /** True when this RouterOS answers `!empty` for a print that found nothing (7.18+). */
  readonly sendsEmpty: boolean;
  /** True before 6.43: the login is a challenge–response. */
  readonly legacyLogin: boolean;
  checkPassword(user: string, password: string): boolean;
  passwordOf(user: string): string | undefined;
  recordLogin(user: string): void;
  execute(sentence: Sentence, session: ApiSession): Outcome;
  sessionEnded(session: ApiSession): void;
}

let sessionCount = 0;

export class ApiSession {
  readonly id = ++sessionCount;
  private readonly decoder = new SentenceDecoder();
  private readonly writer: ReplyWriter;
  private readonly streams = new Map<string, () => void>();
  private user: string | undefined;
  private challenge: string | undefined;

  constructor(
    private readonly socket: Socket,
    private readonly host: SessionHost,
  ) {
    this.writer = new ReplyWriter(socket, host.faults);
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('error', () => socket.destroy());
    socket.on('close', () => this.ended());
  }

  get loggedInAs(): string | undefined {
    return this.user;
  }

  /** Drops the connection without a word, as a router that vanished would. */
  vanish(): void {
    this.socket.destroy();
  }

  private receive(chunk: Buffer): void {
    try {
      for (const words of this.decoder.push(chunk)) this.handle(readSentence(words));
    } catch (error) {
      if (error instanceof ProtocolError) this.fatal(error.message);
      else throw error;
    }
  }

  private handle(sentence: Sentence): void {
    if (sentence.head === '/login') return this.login(sentence);
    if (!this.user) return this.fatal('not logged in');
    if (sentence.head === '/quit') return this.fatal('session terminated on request');
    if (sentence.head === '/cancel') return this.cancel(sentence);
    const outcome = this.host.execute(sentence, this);
    this.reply(sentence, outcome);
  }

  private login(sentence: Sentence): void {
    this.host.recordLogin(sentence.attributes.name ?? '');
    const { login } = this.host.faults;
    if (login === 'ignore') return;
    if (login === 'close') return void this.socket.end();
    if (login === 'fatal') return this.fatal('too many sessions');
    const name = sentence.attributes.name ?? '';
    if (this.host.legacyLogin) return this.legacyLogin(sentence, name);
    if (login === 'answer' && this.host.checkPassword(name, sentence.attributes.password ?? '')) {
      this.user = name;
      return this.send(sentence.tag, [['!done']]);
    }
    this.send(sentence.tag, [['!trap', '=message=invalid user name or password (6)'], ['!done']]);
  }

  /** RouterOS before 6.43: `/login` gives a challenge, the answer is md5(0 + password + challenge). */
  private legacyLogin(sentence: Sentence, name: string): void {
    const response = sentence.attributes.response;
    if (response === undefined || !this.challenge) {
      this.challenge = randomBytes(16).toString('hex');
      return this.send(sentence.tag, [['!done', `=ret=${this.challenge}`]]);
    }
    const password = this.host.passwordOf(name);
    const expected = password === undefined ? '' : '00' + createHash('md5')
      .update(Buffer.concat([Buffer.from([0]), Buffer.from(password, 'latin1'), Buffer.from(this.challenge, 'hex')]))
      .digest('hex');
    if (this.host.faults.login === 'answer' && response === expected) {
      this.user = name;
      return this.send(sentence.tag, [['!done']]);
    }
    this.send(sentence.tag, [['!trap', '=message=cannot log in'], ['!done']]);
  }

  private reply(sentence: Sentence, outcome: Outcome): void {
    const tag = sentence.tag;
    if (outcome.kind === 'stream') return this.openStream(tag, outcome);
    const sentences = outcome.kind === 'trap' ? this.trapSentences(outcome.traps) : this.doneSentences(outcome);
    if (this.host.faults.strangerReplies) this.writer.send([['!re', '.tag=stranger', '=note=for nobody'], ['!re', '=note=untagged']]);
    const cut = this.host.faults.dropMidReply === sentence.head;
    this.writer.send(sentences.map((words) => withTag(words, tag)), cut);
  }

  private doneSentences(outcome: Extract<Outcome, { kind: 'done' }>): string[][] {
    const sentences = outcome.rows.map((row) => ['!re', ...rowWords(row)]);
    const sendsEmpty = this.host.sendsEmpty || this.host.faults.forceEmpty;
    if (outcome.query && outcome.rows.length === 0 && sendsEmpty) sentences.push(['!empty']);
    sentences.push(outcome.ret === undefined ? ['!done'] : ['!done', `=ret=${outcome.ret}`]);
    return sentences;
  }

  private trapSentences(traps: readonly Trap[]): string[][] {
    const sentences = traps.map((trap) =>
      trap.category === undefined ? ['!trap', `=message=${trap.message}`] : ['!trap', `=category=${trap.category}`, `=message=${trap.message}`],
    );
    return [...sentences, ['!done']];
  }

  private openStream(tag: string | undefined, outcome: Extract<Outcome, { kind: 'stream' }>): void {
    let section = 0;
    const key = tag ?? '';
    this.streams.get(key)?.();
    const stop = outcome.open((rows) => {
      const sentences = rows.map((row) => withTag(['!re', ...rowWords(row), `=.section=${section}`], tag));
      section++;
      if (sentences.length > 0) this.writer.send(sentences);
    });
    this.streams.set(key, stop);
  }

  /** `/cancel =tag=T`: T gets `!trap interrupted` and `!done`; the cancel itself gets `!done`. */
  private cancel(sentence: Sentence): void {
    const target = sentence.attributes.tag;
    const tags = target === undefined ? [...this.streams.keys()] : [target].filter((tag) => this.streams.has(tag));
    const sentences: string[][] = [];
    for (const tag of tags) {
      this.streams.get(tag)?.();
      this.streams.delete(tag);
      sentences.push(withTag(['!trap', '=category=2', '=message=interrupted'], tag || undefined));
    }
    sentences.push(withTag(['!done'], sentence.tag));
    for (const tag of tags) sentences.push(withTag(['!done'], tag || undefined));
    this.writer.send(sentences);
  }

  private send(tag: string | undefined, sentences: string[][]): void {
    this.writer.send(sentences.map((words) => withTag(words, tag)));
  }

  private fatal(reason: string): void {
    this.writer.send([['!fatal', reason]]);
    void this.writer.flushed().then(() => this.socket.end());
  }

  private ended(): void {
    for (const stop of this.streams.values()) stop();
    this.streams.clear();
    this.host.sessionEnded(this);
  }
}

function withTag(words: string[], tag: string | undefined): string[] {
  return tag === undefined || tag === '' ? words : [words[0], `.tag=${tag}`, ...words.slice(1)];
}

function rowWords(row: Row): string[] {
  return Object.entries(row).map(([name, value]) => `=${name}=${value}`);
}
