// Settings and snippets as a user meets them in a real VS Code: the IKEv2 road-warrior snippet inserts a whole
// setup that checks clean; changing `routeros.version` in the Settings UI re-checks the open file without a
// restart; and two routers' files that the automatic pairing cannot link (the headquarters answers whoever dials
// in, the branch dials a DNS name) are paired by the `routeros.pairs` setting or by a `# routeros-pair:` comment,
// so the mirrored-peer check reports their differing secrets on both. The snippet's text is read from the
// snippet file, not written down twice.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkWorkspace } from '../../server/src/check';
import { repoRoot } from '../helpers/shared';
import type { Problem } from './driver';
import { lineStartingWith } from './demo-lines';
import { scenario } from './scenario';

/** Copied for each scenario, which writes its files into the copy: nothing in the workspace pairs by accident. */
const emptyWorkspace = mkdtempSync(join(tmpdir(), 'routeros-e2e-empty-'));

// --- The road-warrior snippet ---------------------------------------------------------------------------

const ROAD_WARRIOR = 'ipsec-road-warrior';

interface Snippet {
  prefix: string | string[];
  body: string | string[];
}

/**
 * The text VS Code inserts for a snippet body when every tab stop keeps its default: `${1:text}` gives its text,
 * `${1|a,b|}` its first choice, `${1}` and `$1` what the tab stop's placeholder gives, `$0` nothing. Enough for
 * the bodies of snippets/routeros.code-snippets (no nesting, no variables).
 */
function insertedText(body: string): string {
  const defaults = new Map<string, string>();
  for (const match of body.matchAll(/\$\{(\d+):([^}$]*)\}|\$\{(\d+)\|([^|]*)\|\}/g)) {
    const [, stop, text, choiceStop, choices] = match;
    if (stop !== undefined) defaults.set(stop, text!);
    else defaults.set(choiceStop!, choices!.split(',')[0]!);
  }
  const text = body
    .replace(/\$\{(\d+):([^}$]*)\}/g, (_match, _stop: string, placeholder: string) => placeholder)
    .replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_match, _stop: string, choices: string) => choices.split(',')[0]!)
    .replace(/\$\{(\d+)\}|\$(\d+)/g, (_, braced: string | undefined, bare: string | undefined) => defaults.get(braced ?? bare!) ?? '');
  assert.ok(!text.includes('$'), `a snippet syntax this test does not expand is left in: ${text}`);
  return text;
}

function roadWarriorSnippet(): string {
  const snippets = JSON.parse(readFileSync(join(repoRoot, 'snippets', 'routeros.code-snippets'), 'utf8')) as Record<string, Snippet>;
  const found = Object.values(snippets).filter((snippet) => [snippet.prefix].flat().includes(ROAD_WARRIOR));
  assert.equal(found.length, 1, `one snippet has the prefix ${ROAD_WARRIOR}`);
  return insertedText([found[0]!.body].flat().join('\n'));
}

scenario('the IKEv2 road-warrior snippet inserts certificates, pool, mode-config, peer and identity that check clean', { workspace: emptyWorkspace, files: { 'vpn.rsc': '' } }, async (vscode) => {
  const expected = roadWarriorSnippet();
  const lines = expected.split('\n');
  const after = (menu: string) => lines[lineStartingWith(lines, menu)] ?? '';
  const distinctive = [after('/ip pool'), after('/ip ipsec mode-config'), after('/ip ipsec identity')];
  assert.match(distinctive[1]!, / address-pool=\S+/, 'the mode-config hands out addresses from the pool');
  assert.match(distinctive[2]!, / auth-method=digital-signature certificate=\S+ .* mode-config=\S+/, 'the identity authenticates with a certificate and hands out the mode-config');

  await vscode.openFile('vpn.rsc');
  await vscode.typeText(ROAD_WARRIOR);
  const labels = await vscode.triggerSuggest();
  assert.ok(labels.includes(ROAD_WARRIOR), `offered: ${JSON.stringify(labels)}`);
  await vscode.press('Escape');
  // The prefix alone is an unknown command: once that error has gone, the server has checked the snippet.
  const typedPrefix = (problem: Problem) => problem.file === 'vpn.rsc' && problem.message.includes(ROAD_WARRIOR);
  await vscode.waitForProblems((list) => list.some(typedPrefix));

  // Inserted through the palette over the selected prefix: one edit from the prefix to the whole snippet.
  await vscode.press('Control+A');
  await vscode.runCommand('Snippets: Insert Snippet');
  await vscode.quickPickItems();
  await vscode.typeText(ROAD_WARRIOR);
  await vscode.selectQuickPick(ROAD_WARRIOR);
  await vscode.press('Escape'); // leaves the snippet's tab stops, every one with its default

  const text = await vscode.waitForEditorText((shown) => distinctive.every((line) => shown.split('\n').includes(line)));
  assert.equal(text, expected, 'the editor holds the snippet with its defaults');
  const problems = await vscode.waitForProblems((list) => !list.some(typedPrefix));
  assert.deepEqual(problems.filter((problem) => problem.file === 'vpn.rsc' && problem.severity !== 'info'), [], 'no error or warning in the inserted setup');
  // The server has read the inserted text: the outline lists its menus.
  const menus = lines.filter((line) => line.startsWith('/'));
  assert.deepEqual((await vscode.editorSymbols()).filter((label) => label.startsWith('/')), menus);
});

// --- routeros.version, changed while VS Code runs ---------------------------------------------------------

const NEWER_SETTING = 'ddos-cookie-threshold'; // /ip ipsec settings: 7.22 and later
const versionScript = [
  '# IPsec settings that need RouterOS 7.22 or later, and a typo that every release rejects.',
  '/ip ipsec settings',
  `set ${NEWER_SETTING}=100`,
  '/ip ipsec proposal',
  'add name=typo enc-algorithm=aes-256-cbc',
  '',
].join('\n');

scenario('changing routeros.version in the Settings UI re-checks the open file without a restart', { workspace: emptyWorkspace, files: { 'settings.rsc': versionScript }, settings: { 'routeros.version': '7.20' } }, async (vscode) => {
  const lines = versionScript.split('\n');
  const versionProblem = (problem: Problem) => problem.file === 'settings.rsc' && problem.message.includes(`\`${NEWER_SETTING}\``);
  const typo = (problem: Problem) => problem.file === 'settings.rsc' && problem.message.includes('`enc-algorithm`');
  await vscode.openFile('settings.rsc');
  const before = await vscode.waitForProblems((list) => list.some(versionProblem) && list.some(typo));
  const problem = before.find(versionProblem)!;
  assert.match(problem.message, /RouterOS 7\.20\b.*exists in 7\.22 and later/, problem.message);
  assert.equal(problem.severity, 'error');
  assert.equal(problem.line, lineStartingWith(lines, `set ${NEWER_SETTING}=`));

  await vscode.changeSetting('routeros.version', '7.24');
  // The typo stays: the file was checked again (against 7.24), not left unchecked.
  const after = await vscode.waitForProblems((list) => !list.some(versionProblem) && list.some(typo));
  assert.equal(after.find(typo)!.line, lineStartingWith(lines, 'add name=typo '));
});

// --- Pairs stated by setting or comment -------------------------------------------------------------------

/** Answers any address (the branch's is dynamic); its policies come from a template when the branch connects. */
const hq = [
  '# Headquarters: answers the branch wherever it dials in from.',
  '/ip ipsec profile',
  'add name=branches dh-group=ecp256 enc-algorithm=aes-256 hash-algorithm=sha256',
  '/ip ipsec proposal',
  'add name=branches auth-algorithms=sha256 enc-algorithms=aes-256-cbc pfs-group=ecp256',
  '/ip ipsec policy group',
  'add name=branches',
  '/ip ipsec policy',
  'add src-address=192.168.10.0/24 dst-address=192.168.20.0/24 group=branches proposal=branches template=yes',
  '/ip ipsec peer',
  'add name=branch address=0.0.0.0/0 exchange-mode=ike2 passive=yes profile=branches',
  '/ip ipsec identity',
  'add peer=branch auth-method=pre-shared-key secret="typed-at-headquarters-0123456789" generate-policy=port-strict policy-template-group=branches',
  '',
].join('\n');
/** Dials headquarters by its DNS name, with a secret that is not headquarters'. */
const branch = [
  '# Branch office on a dynamic address: dials headquarters by name.',
  '/ip ipsec profile',
  'add name=to-hq dh-group=ecp256 enc-algorithm=aes-256 hash-algorithm=sha256',
  '/ip ipsec proposal',
  'add name=to-hq auth-algorithms=sha256 enc-algorithms=aes-256-cbc pfs-group=ecp256',
  '/ip ipsec peer',
  'add name=hq address=hq.example.net exchange-mode=ike2 profile=to-hq',
  '/ip ipsec identity',
  'add peer=hq auth-method=pre-shared-key secret="typed-at-the-branch-office-0123456789"',
  '/ip ipsec policy',
  'add src-address=192.168.20.0/24 dst-address=192.168.10.0/24 tunnel=yes action=encrypt peer=hq proposal=to-hq',
  '',
].join('\n');
const PAIR_DIRECTIVE = '# routeros-pair: branch.rsc';

/**
 * The premise of the pairing scenarios, checked as the CLI checks: without a stated pair the two files are not
 * linked (no secret mismatch), with one they are. Should the automatic pairing ever link them, these scenarios
 * would no longer prove that the setting or the comment matters, and this says so.
 */
function assertPairedOnlyWhenStated(): void {
  const mismatches = (stated: boolean) => {
    const findings = checkWorkspace([
      { uri: 'file:///ws/hq.rsc', text: stated ? `${PAIR_DIRECTIVE}\n${hq}` : hq },
      { uri: 'file:///ws/branch.rsc', text: branch },
    ]);
    return [...findings.values()].flat().filter((finding) => finding.code === 'mirror-secret').length;
  };
  assert.equal(mismatches(false), 0, 'hq.rsc and branch.rsc must not pair by themselves');
  assert.equal(mismatches(true), 2, 'stated as a pair, each file reports the secret mismatch');
}

/** The pre-shared keys differ, reported on `file` and naming the other end. */
const secretMismatch = (file: string, other: string) => (problem: Problem) =>
  problem.file === file && problem.severity === 'error' && /pre-shared keys differ/.test(problem.message) && problem.message.includes(other);
const onBothEnds = (list: Problem[]) => list.some(secretMismatch('hq.rsc', 'branch.rsc')) && list.some(secretMismatch('branch.rsc', 'hq.rsc'));
const identityLine = (text: string) => lineStartingWith(text.split('\n'), '/ip ipsec identity') + 1;

scenario('the routeros.pairs setting pairs two routers the automatic pairing cannot link: their secret mismatch shows on both', {
  workspace: emptyWorkspace,
  files: { 'hq.rsc': hq, 'branch.rsc': branch },
  settings: { 'routeros.pairs': [['hq.rsc', 'branch.rsc']] },
}, async (vscode) => {
  assertPairedOnlyWhenStated();
  await vscode.openFile('hq.rsc');
  const problems = await vscode.waitForProblems(onBothEnds);
  assert.equal(problems.find(secretMismatch('hq.rsc', 'branch.rsc'))!.line, identityLine(hq));
  assert.equal(problems.find(secretMismatch('branch.rsc', 'hq.rsc'))!.line, identityLine(branch));
});

scenario('typing a "# routeros-pair:" comment pairs two routers: their secret mismatch shows on both, and goes with the comment', { workspace: emptyWorkspace, files: { 'hq.rsc': hq, 'branch.rsc': branch } }, async (vscode) => {
  assertPairedOnlyWhenStated();
  await vscode.openFile('hq.rsc');
  await vscode.typeAt(1, 1, `${PAIR_DIRECTIVE}\n`);
  const problems = await vscode.waitForProblems(onBothEnds);
  assert.equal(problems.find(secretMismatch('hq.rsc', 'branch.rsc'))!.line, identityLine(hq) + 1, 'one line lower under the comment');
  assert.equal(problems.find(secretMismatch('branch.rsc', 'hq.rsc'))!.line, identityLine(branch));

  await vscode.goTo(1, 1);
  await vscode.press('Control+Shift+K'); // Delete Line: the comment goes
  await vscode.waitForProblems((list) => !list.some(secretMismatch('hq.rsc', 'branch.rsc')) && !list.some(secretMismatch('branch.rsc', 'hq.rsc')));
});
