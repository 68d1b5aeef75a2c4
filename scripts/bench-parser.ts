// Parser benchmark: generates a realistic 100,000-line RouterOS export (interfaces, addresses,
// firewall, IPsec, scripts; long lines folded at 79 columns the way RouterOS folds them) and prints
// the time per parse and the throughput.
//   node --import tsx scripts/bench-parser.ts [lines]          benchmark (100,000 lines by default)
//   node --import tsx scripts/bench-parser.ts [lines] --show   print the generated export instead
import { parse } from '../server/src/parser/index';
import type { ParseResult } from '../server/src/parser/index';

const FOLD_WIDTH = 79;

/** A small deterministic generator, so every run measures the same text. */
function randomFrom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) & 0x7fffffff;
    return state / 0x80000000;
  };
}

/** Splits a command line into tokens at the blanks outside quotes. */
function tokens(line: string): string[] {
  const out: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ' ' && !quoted) {
      out.push(line.slice(start, i));
      start = i + 1;
    }
  }
  out.push(line.slice(start));
  return out;
}

/**
 * Folds a long line as `export` does: at a blank between arguments (the line ends with ` \`);
 * an argument too long for a line of its own is split right after its `=` (unquoted value) or
 * anywhere inside its quoted value, with `\_` where the next piece would start with a blank.
 */
class Folder {
  readonly lines: string[] = [];
  private current = '';

  fold(line: string): string[] {
    for (const token of tokens(line)) this.add(token);
    this.lines.push(this.current);
    return this.lines;
  }

  private room(): number {
    return FOLD_WIDTH - 1 - this.current.length;
  }

  private fresh(): boolean {
    return this.current.trim() === '';
  }

  private breakLine(): void {
    this.lines.push(`${this.current}\\`);
    this.current = '    ';
  }

  private add(token: string): void {
    const piece = this.fresh() ? token : ` ${token}`;
    if (piece.length <= this.room()) {
      this.current += piece;
      return;
    }
    if (!this.fresh()) {
      this.current += ' ';
      this.breakLine();
    }
    this.split(token);
  }

  private split(token: string): void {
    const equals = token.indexOf('=');
    if (token.length <= this.room() || equals < 0) {
      this.current += token;
    } else if (token[equals + 1] !== '"') {
      this.current += token.slice(0, equals + 1);
      this.breakLine();
      this.current += token.slice(equals + 1);
    } else {
      this.splitQuoted(token);
    }
  }

  private splitQuoted(token: string): void {
    let rest = token;
    while (rest.length > this.room()) {
      let cut = this.room();
      while (cut > 1 && rest[cut - 1] === '\\') cut--; // never split an escape sequence
      this.current += rest.slice(0, cut);
      this.breakLine();
      rest = rest[cut] === ' ' ? `\\_${rest.slice(cut + 1)}` : rest.slice(cut);
    }
    this.current += rest;
  }
}

function fold(line: string): string[] {
  return new Folder().fold(line);
}

function section(out: string[], menu: string, commands: string[]): void {
  out.push(menu);
  for (const command of commands) out.push(...fold(command));
}

function block(out: string[], n: number, random: () => number): void {
  const net = `10.${n % 250}`;
  const peer = `site-${n}`;
  section(out, '/interface vlan', [0, 1, 2, 3].map((k) => `add interface=ether${k + 1} name=vlan${n}-${k} vlan-id=${(n * 4 + k) % 4094 + 1}`));
  section(out, '/interface gre', [`add allow-fast-path=no ipsec-secret="s3cr\\$t-${n}" local-address=192.0.2.1 name=gre-${peer} remote-address=198.51.100.${n % 250}`]);
  section(out, '/ip address', [0, 1, 2, 3].map((k) => `add address=${net}.${k}.1/24 comment="LAN ${k} of block ${n}" interface=vlan${n}-${k} network=${net}.${k}.0`));
  section(out, '/ip firewall filter', [
    `add action=accept chain=input comment="defconf: accept IKE and NAT-T from ${peer}" dst-port=500,4500 protocol=udp src-address=198.51.100.${n % 250}`,
    `add action=accept chain=forward comment="accept in ipsec policy" ipsec-policy=in,ipsec src-address=${net}.0.0/16`,
    `add action=fasttrack-connection chain=forward connection-state=established,related hw-offload=yes`,
    `add action=drop chain=forward comment="drop invalid" connection-state=invalid`,
  ]);
  section(out, '/ip firewall nat', [`add action=accept chain=srcnat dst-address=172.16.${n % 250}.0/24 place-before=0 src-address=${net}.0.0/16`]);
  section(out, '/ip ipsec profile', [`add dh-group=ecp256,modp2048 enc-algorithm=aes-256,aes-128 hash-algorithm=sha256 lifetime=8h name=${peer}`]);
  section(out, '/ip ipsec peer', [`add address=198.51.100.${n % 250}/32 exchange-mode=ike2 local-address=192.0.2.1 name=${peer} profile=${peer}`]);
  section(out, '/ip ipsec identity', [`add auth-method=digital-signature certificate=router-${n}.crt_0 my-id=fqdn:r${n}.example.com peer=${peer} remote-certificate=${peer}.crt_0`]);
  section(out, '/ip ipsec policy', [`add dst-address=172.16.${n % 250}.0/24 peer=${peer} proposal=default src-address=${net}.0.0/16 tunnel=yes`]);
  if (random() < 0.3) {
    section(out, '/system script', [
      `add dont-require-permissions=no name=check-${n} owner=admin policy=ftp,reboot,read,write,policy,test,password,sniff,sensitive,romon source=":local peer \\"${peer}\\"\\r\\n:if ([:len [/ip ipsec active-peers find where remote-address=198.51.100.${n % 250}]] = 0) do={ :log warning (\\"tunnel to \\" . \\$peer . \\" is down\\") }"`,
    ]);
  }
}

function generateExport(lineCount: number): string {
  const out = ['# 2024-05-01 10:00:00 by RouterOS 7.16.2', '# software id = ABCD-1234', '#', '# model = CCR2004-16G-2S+', '# serial number = HEX00000000'];
  const random = randomFrom(42);
  for (let n = 0; out.length < lineCount; n++) block(out, n, random);
  return out.slice(0, lineCount).join('\n') + '\n';
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

/** Every object in the result (nodes, spans, arrays), counted without recursion. */
function objectCount(result: ParseResult): number {
  let count = 0;
  const stack: unknown[] = [result];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    count++;
    for (const child of Object.values(value)) if (typeof child === 'object') stack.push(child);
  }
  return count;
}

/**
 * CPU time to allocate as many small linked objects as the tree holds, and keep them: a floor for
 * any parser producing this tree, which shows how fast memory is on the machine at hand.
 */
function allocationFloor(objects: number): number {
  const cpuStart = process.cpuUsage();
  const kept: { kind: string; span: { start: number; end: number } }[] = [];
  for (let i = 0; i < objects / 2; i++) kept.push({ kind: 'word', span: { start: i, end: i + 1 } });
  const used = process.cpuUsage(cpuStart);
  return kept.length > 0 ? (used.user + used.system) / 1000 : 0;
}

function main(): void {
  const lineCount = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 100_000);
  const text = generateExport(lineCount);
  if (process.argv.includes('--show')) {
    process.stdout.write(text);
    return;
  }
  const first = parse(text);
  const folded = text.split('\n').filter((line) => line.endsWith('\\')).length;
  console.log(`${lineCount} lines (${folded} folded), ${(text.length / 1e6).toFixed(2)} MB, ${first.script.statements.length} statements, ${first.problems.length} problems`);
  for (let i = 0; i < 3; i++) parse(text);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 10; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    parse(text);
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  const ms = median(wall);
  console.log(`parse: median ${ms.toFixed(1)} ms (min ${Math.min(...wall).toFixed(1)} ms), ${(text.length / 1e6 / (ms / 1000)).toFixed(1)} MB/s`);
  console.log(`CPU time per parse: median ${median(cpu).toFixed(1)} ms (wall time suffers when other processes share the cores)`);
  const objects = objectCount(first);
  const floors = [0, 1, 2].map(() => allocationFloor(objects));
  console.log(`the tree holds ${objects} objects; allocating as many alone takes ${median(floors).toFixed(1)} ms CPU here`);
}

main();
