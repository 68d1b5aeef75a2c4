// Benchmark (prints figures, asserts nothing): realistic exports of 1k, 10k and 100k lines.
//   in process: parse, resolve, configuration model and core diagnostics, completion at the end of the file
//   over the protocol (the built dist/server.js, or ROUTEROS_SERVER): open → diagnostics in a fresh server and
//   in a warm one, completion round trips (also right after an edit, and while the file is checked again), the
//   server's resident memory; and a file of the workspace folder, which the server reads before it is opened.
// Targets: 100k lines fully diagnosed < 150 ms; completion p99 < 2 ms; RSS < 150 MB.
//   node --import tsx scripts/bench.ts [--sizes 1000,10000] [--rounds 300] [--only in-process|protocol]
//   ROUTEROS_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" passes Node options to the server (profiles, V8 flags).
// The protocol's floor: the same measures against test/protocol/null-server.mjs, a server on the same libraries
// and transport that reads nothing, so the figures say how much of a time is the server's own work.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pathToFileURL } from 'node:url';
import { TextSnapshot } from '../server/src/model/snapshot';
import { WorkspaceIndex } from '../server/src/model/workspace';
import { completion, coreDiagnostics } from '../server/src/features/index';
import { generateExport } from '../test/protocol/generate-export';
import { LspClient } from '../test/protocol/lsp-client';

const NULL_SERVER = fileURLToPath(new URL('../test/protocol/null-server.mjs', import.meta.url));

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const SIZES = option('sizes', '1000,10000,100000').split(',').map(Number);
const ROUNDS = Number(option('rounds', '300'));
/** `in-process`, `protocol` or `both`. */
const PARTS = option('only', 'both');
/** Large enough that the 100k-line export is fully checked rather than cut to syntax only. */
const SETTINGS = { version: '7.24', maxFileSize: 100_000_000 };
/** Appended to the export: the cursor ends a firewall rule whose arguments are being typed. */
const TAIL = '/ip firewall filter\nadd chain=forward ';

/**
 * Collects the bench's own garbage before a timed loop (the script runs with --expose-gc). This process plays the
 * editor: it holds the 100k-line text and what the in-process part left behind, and its collections (11-20 ms
 * each, measured with a GC observer) otherwise land inside the server's round trips.
 */
function settle(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  collect?.();
  collect?.();
}

/** The position just past the last character of `text`, found without splitting it into lines. */
function endPosition(text: string): { line: number; character: number } {
  let line = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) line++;
  return { line, character: text.length - (text.lastIndexOf('\n') + 1) };
}

function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

function timed(run: () => unknown): number {
  const start = now();
  run();
  return now() - start;
}

/** Wall and CPU milliseconds of one call: on a loaded machine the wall time includes waiting for a core. */
function timedBoth(run: () => unknown): { wall: number; cpu: number } {
  const cpuStart = process.cpuUsage();
  const wall = timed(run);
  const cpu = process.cpuUsage(cpuStart);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

function wallAndCpu(samples: readonly { wall: number; cpu: number }[]): string {
  return `${spread(samples.map((s) => s.wall))} (CPU ${spread(samples.map((s) => s.cpu))})`;
}

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}

const ms = (value: number): string => (Number.isNaN(value) ? '-' : value < 10 ? value.toFixed(3) : value.toFixed(1));
const spread = (samples: readonly number[]): string => `p50 ${ms(percentile(samples, 0.5))} p99 ${ms(percentile(samples, 0.99))} ms`;

function inProcess(text: string, quiet = false): void {
  const workspace = new WorkspaceIndex(SETTINGS);
  // The document the server keeps for an open file (a snapshot with its own table of line starts).
  const doc = workspace.track(new TextSnapshot('file:///bench/in-process.rsc', 'routeros', 1, text));
  const parse = timed(() => doc.parse);
  const resolve = timed(() => doc.resolved);
  const config = timed(() => doc.config);
  const core = timed(() => coreDiagnostics(doc));
  const ipsec = timed(() => doc.ipsec);
  // The server publishes diagnostics with line and column positions before any completion can come, so the
  // table of line starts exists by then.
  doc.document.positionAt(text.length);
  if (!quiet) console.log(`  in process: parse ${ms(parse)} · resolve ${ms(resolve)} · model ${ms(config)} · core diagnostics ${ms(core)} · IPsec view ${ms(ipsec)} ms`);
  settle();
  const steady = Array.from({ length: ROUNDS }, () => timedBoth(() => completion(doc, text.length, workspace)));
  // As the server does it: each edit gives a new snapshot of the text (its line table and pieces carried
  // over), the workspace tracks it as a new RouterDocument, and completion is asked at once, before
  // anything else reads the new version. The time covers all of that.
  let live = new TextSnapshot(doc.uri, 'routeros', 1, text);
  const end = live.positionAt(text.length);
  settle();
  const afterEdit = Array.from({ length: Math.min(ROUNDS, 100) }, (_, round) => {
    const change = round % 2 === 0 ? { range: { start: end, end }, text: 'x' } : { range: { start: end, end: { ...end, character: end.character + 1 } }, text: '' };
    return timedBoth(() => {
      live = live.withChanges([change], round + 2);
      const next = workspace.track(live);
      completion(next, next.document.offsetAt(end), workspace);
    });
  });
  if (!quiet) console.log(`  in process completion: ${wallAndCpu(steady)}\n  in process completion right after an edit: ${wallAndCpu(afterEdit)}`);
}

/** Opens `uri` with `text` and resolves with the milliseconds until its diagnostics are published. */
async function timedOpen(client: LspClient, uri: string, text: string): Promise<number> {
  settle();
  const start = now();
  const diagnosed = client.nextDiagnostics(uri);
  await client.open(uri, text);
  await diagnosed;
  return now() - start;
}

/** `rounds` completion requests at `position`, one after the other: each round trip in milliseconds. */
async function completionRoundTrips(client: LspClient, uri: string, position: { line: number; character: number }, rounds: number): Promise<number[]> {
  const times: number[] = [];
  settle();
  for (let round = 0; round < rounds; round++) {
    const at = now();
    await client.request('textDocument/completion', { textDocument: { uri }, position });
    times.push(now() - at);
  }
  return times;
}

async function overProtocol(text: string, size: number): Promise<void> {
  const client = await LspClient.start({ settings: SETTINGS });
  try {
    await Promise.race([client.configured, new Promise((resolve) => setTimeout(resolve, 5000))]);
    // The first file a fresh server opens pays for compiling the server's code; the next one does not.
    const openAndWait = async (target: string): Promise<string> => {
      const before = client.processStats();
      const wall = await timedOpen(client, target, text);
      const after = client.processStats();
      const server = before && after ? ` (server CPU ${Math.round(after.cpuMs - before.cpuMs)} ms, ${after.pageFaults - before.pageFaults} page faults)` : '';
      return `${ms(wall)} ms${server}`;
    };
    const first = `file:///bench/first-${size}.rsc`;
    const cold = await openAndWait(first);
    const resident = client.residentMegabytes() ?? NaN;
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: first } });
    const uri = `file:///bench/export-${size}.rsc`;
    const warm = await openAndWait(uri);
    console.log(`  protocol: open → diagnostics ${cold} in a fresh server, ${warm} in a warm one · RSS ${ms(resident)} MB with the file open`);
    if (!client.capabilities.completionProvider) {
      console.log('  protocol completion: the server does not offer completion yet');
      return;
    }
    const end = endPosition(text);
    const ask = (position = end) => client.request('textDocument/completion', { textDocument: { uri }, position });
    const steady = await completionRoundTrips(client, uri, end, ROUNDS);
    const afterEdit: number[] = [];
    // Every edit makes the server check the whole file again: fewer rounds on big files keep the run short.
    const editRounds = Math.min(ROUNDS, Math.max(5, Math.floor(1_000_000 / size)));
    for (let round = 0; round < editRounds; round++) {
      const edit = round % 2 === 0 ? { range: { start: end, end }, text: 'x' } : { range: { start: end, end: { ...end, character: end.character + 1 } }, text: '' };
      await client.change(uri, round + 2, [edit]);
      const at = now();
      await ask();
      afterEdit.push(now() - at);
    }
    console.log(`  protocol completion round trip: ${spread(steady)} · right after an edit ${spread(afterEdit)} · RSS ${ms(client.residentMegabytes() ?? NaN)} MB`);
    // A change that makes the server read the whole file again (a line with an unknown command inserted at
    // the top, so the diagnostics differ and are published again), and completion asked back to back until
    // they arrive: what typing meets while a check runs. A server that never publishes them ends the loop
    // after a minute, and the line says so.
    const version = editRounds + 2;
    const rechecked = client.nextDiagnostics(uri);
    let checking = true;
    void rechecked.then(() => (checking = false));
    await client.change(uri, version, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '/ip ipsec frobnicate\n' }]);
    const during: number[] = [];
    const giveUp = now() + 60_000;
    const shifted = { line: end.line + 1, character: end.character };
    while (checking && now() < giveUp) {
      const at = now();
      await ask(shifted);
      during.push(now() - at);
    }
    const outcome = checking ? 'NO DIAGNOSTICS WITHIN A MINUTE' : `${during.length} requests`;
    console.log(`  protocol completion while the file is checked again: ${spread(during)}, longest ${ms(Math.max(...during))} ms (${outcome})`);
  } finally {
    await client.stop();
  }
}

/**
 * The same open and completions against the null server: what the protocol itself costs on this machine (the
 * client writing the message, the server reading and decoding it, the answer's way back).
 */
async function protocolFloor(text: string, size: number): Promise<void> {
  const client = await LspClient.start({ server: NULL_SERVER });
  try {
    const opens: number[] = [];
    for (let round = 0; round < 3; round++) opens.push(await timedOpen(client, `file:///bench/floor-${size}-${round}.rsc`, text));
    const asks = await completionRoundTrips(client, `file:///bench/floor-${size}-0.rsc`, { line: 0, character: 0 }, ROUNDS);
    const resident = client.residentMegabytes() ?? NaN;
    console.log(`  protocol floor (a server that reads nothing): open → empty diagnostics ${opens.map(ms).join(' · ')} ms · completion round trip ${spread(asks)} · RSS ${ms(resident)} MB`);
  } finally {
    await client.stop();
  }
}

/** What a first touch of fresh memory costs here (on a VM it can be far more than on a laptop). */
function freshMemoryCost(): string {
  const bytes = 64 << 20;
  const faults = process.resourceUsage().minorPageFault;
  const buffer = Buffer.allocUnsafeSlow(bytes);
  const start = now();
  buffer.fill(1);
  const took = now() - start;
  const count = process.resourceUsage().minorPageFault - faults;
  return `first touch of 64 MB ${ms(took)} ms (${count} page faults, ${count > 0 ? ((took * 1000) / count).toFixed(1) : '-'} µs each)`;
}

/**
 * A file of the workspace folder: the server reads and checks it in the background when it starts (its
 * diagnostics are published before it is opened). Opening it with the same text then reads nothing again:
 * measured as open → the quick fix of its one problem (offered only once the opened version is checked).
 */
async function openIndexed(text: string, size: number): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'routeros-bench-'));
  const path = join(folder, `indexed-${size}.rsc`);
  const script = `${text}\n/ip firewall filter\nadd actoin=accept chain=forward\n`;
  writeFileSync(path, script);
  const uri = pathToFileURL(path).toString();
  const started = now();
  const client = await LspClient.start({ workspaceFolder: pathToFileURL(folder).toString(), settings: SETTINGS });
  try {
    const [problem] = await client.nextDiagnostics(uri, ({ diagnostics }) => diagnostics.length > 0);
    const indexed = now() - started;
    const opened = now();
    await client.open(uri, script);
    const giveUp = opened + 60_000;
    let fixes: unknown[] = [];
    while (fixes.length === 0 && now() < giveUp) {
      fixes = (await client.request<unknown[] | null>('textDocument/codeAction', { textDocument: { uri }, range: problem!.range, context: { diagnostics: [problem] } })) ?? [];
      if (fixes.length === 0) await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const outcome = fixes.length > 0 ? `${ms(now() - opened)} ms` : 'NO QUICK FIX WITHIN A MINUTE';
    console.log(`  protocol, a file of the workspace: diagnostics ${ms(indexed)} ms after the server started, before it is opened; open → its quick fix ${outcome}`);
  } finally {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const load = loadavg()[0]!.toFixed(1);
  console.log(`Machine: ${cpus().length} cores, load average ${load} (wall times include waiting for a core); ${freshMemoryCost()}`);
  console.log(`RouterOS language server benchmark (${ROUNDS} completion rounds; targets: 100k lines diagnosed < 150 ms, completion p99 < 2 ms, RSS < 150 MB)`);
  // A server is warm after its first requests: compile the code paths once on a small export first.
  const warmUp = generateExport(500).text + TAIL;
  for (let round = 0; round < 3; round++) inProcess(warmUp, true);
  for (const size of SIZES) {
    const generated = generateExport(size);
    const text = generated.text + TAIL;
    console.log(`\n${generated.lines} lines, ${(text.length / 1e6).toFixed(1)} MB`);
    if (PARTS !== 'protocol') inProcess(text);
    if (PARTS !== 'in-process') {
      await protocolFloor(text, size);
      await overProtocol(text, size);
      await openIndexed(text, size);
    }
  }
}

void main();
