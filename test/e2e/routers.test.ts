// Which files are one router, as a user meets it in a real VS Code. Names (peers, profiles, bridges…) refer to
// items of their own router: with a hub and two branches in one workspace, completion, Go to References and Go
// to Definition in one branch's file offer and list only that file's names, neither the hub's (the other end of
// its tunnel) nor the other branch's (the hub reaches the two branches at different addresses, so they are two
// routers). And a responder that answers any address (`0.0.0.0/0`, passive) and generates its policies from a
// template pairs with the branch dialling it, with no `routeros.pairs` setting or `# routeros-pair:` comment:
// the tunnel check compares the branch's proposal with the template's, and the error goes once it is fixed by
// typing.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Problem, ReferenceLocation } from './driver';
import { lineStartingWith, literally } from './demo-lines';
import { scenario } from './scenario';

/** Where `property=value` is written, as Find References shows it: the 1-based line and the column of the value. */
function placesOf(lines: string[], file: string, property: string, value: string): ReferenceLocation[] {
  const pattern = new RegExp(`(?:^| )${property}=(${literally(value)})(?= |$)`, 'g');
  return lines.flatMap((text, index) =>
    [...text.matchAll(pattern)].map((match) => ({ file, line: index + 1, column: match.index! + match[0].length - value.length + 1 })));
}

const inOrder = (places: ReferenceLocation[]) => [...places].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);

// ---------------------------------------------------------------------------------------------------------------
// A hub and two branches, no export headers: each branch has a profile, a proposal and a bridge of its own and a
// peer `hub` at the hub's WAN; the hub has a peer at each branch's WAN (/32) and names its own profile apart.

const HUB = { wan: '192.0.2.1', lan: '10.0.0' };
const BRANCH_A = { wan: '203.0.113.10', lan: '10.1.1' };
const BRANCH_B = { wan: '198.51.100.20', lan: '10.1.2' };
const SECRET = 'Kp4vN8qRt2wX6zB9mC3jH7yL';

const hubScript = `# Hub: one tunnel to each branch
/interface bridge add name=bridge-lan
/ip address add address=${HUB.lan}.1/24 interface=bridge-lan
/ip address add address=${HUB.wan}/24 interface=ether1
/ip ipsec profile add name=profile-hub dh-group=ecp256 enc-algorithm=aes-256 hash-algorithm=sha256
/ip ipsec proposal add name=proposal-hub auth-algorithms=sha256 enc-algorithms=aes-256-cbc pfs-group=ecp256
/ip ipsec peer
add name=branch-a address=${BRANCH_A.wan}/32 exchange-mode=ike2 profile=profile-hub
add name=branch-b address=${BRANCH_B.wan}/32 exchange-mode=ike2 profile=profile-hub
/ip ipsec identity
add peer=branch-a auth-method=pre-shared-key secret="${SECRET}"
add peer=branch-b auth-method=pre-shared-key secret="${SECRET}"
/ip ipsec policy
add peer=branch-a src-address=${HUB.lan}.0/24 dst-address=${BRANCH_A.lan}.0/24 tunnel=yes proposal=proposal-hub
add peer=branch-b src-address=${HUB.lan}.0/24 dst-address=${BRANCH_B.lan}.0/24 tunnel=yes proposal=proposal-hub
`;

function branchScript(letter: 'a' | 'b', own: { wan: string; lan: string }): string {
  return `# Branch ${letter.toUpperCase()}: dials the hub
/interface bridge add name=bridge-lan
/ip address add address=${own.lan}.1/24 interface=bridge-lan
/ip address add address=${own.wan}/24 interface=ether1
/ip ipsec profile add name=profile-${letter} dh-group=ecp256 enc-algorithm=aes-256 hash-algorithm=sha256
/ip ipsec proposal add name=proposal-${letter} auth-algorithms=sha256 enc-algorithms=aes-256-cbc pfs-group=ecp256
/ip ipsec peer
add name=hub address=${HUB.wan}/32 exchange-mode=ike2 profile=profile-${letter}
/ip ipsec identity
add peer=hub auth-method=pre-shared-key secret="${SECRET}"
/ip ipsec policy
add peer=hub src-address=${own.lan}.0/24 dst-address=${HUB.lan}.0/24 tunnel=yes proposal=proposal-${letter}
`;
}

const hubAndBranches = {
  workspace: mkdtempSync(join(tmpdir(), 'routeros-e2e-routers-')),
  files: { 'hub.rsc': hubScript, 'branch-a.rsc': branchScript('a', BRANCH_A), 'branch-b.rsc': branchScript('b', BRANCH_B) },
};

scenario("in one branch of a hub, profile= completes that branch's profiles only, and references and definitions stay in its file", hubAndBranches, async (vscode) => {
  const branchA = hubAndBranches.files['branch-a.rsc'].split('\n');
  const peerLine = lineStartingWith(branchA, '/ip ipsec peer') + 1; // add name=hub address=… profile=profile-a
  const spare = 'add name=spare profile=';
  // branch-a.rsc as it is once the line is typed under its peer.
  const edited = [...branchA.slice(0, peerLine), spare, ...branchA.slice(peerLine)];
  await vscode.openFile('branch-a.rsc');
  await vscode.goTo(peerLine, branchA[peerLine - 1]!.length + 1);
  await vscode.press('Enter');
  await vscode.typeText(spare);
  // The server has checked the typed text (a peer without identity is reported), and with it the whole
  // workspace: the tunnels, and so which files are other routers, are known.
  const spareChecked = (problem: Problem) => problem.file === 'branch-a.rsc' && /No identity points at peer "spare"/.test(problem.message);
  await vscode.waitForProblems((list) => list.some(spareChecked));
  await vscode.press('Escape'); // a list opened while typing, asked before that check
  const labels = await vscode.triggerSuggest();
  assert.ok(labels.includes('profile-a'), `branch-a.rsc's own profile is offered: ${JSON.stringify(labels)}`);
  assert.ok(!labels.includes('profile-b'), `branch-b.rsc's profile is another router's: ${JSON.stringify(labels)}`);
  assert.ok(!labels.includes('profile-hub'), `the hub's profile is the other end of the tunnel's: ${JSON.stringify(labels)}`);
  await vscode.press('Escape');

  // The peer `hub`: branch-b.rsc defines and uses one of the same name (3 places there), listed only if it were
  // this router's.
  const peerDefinition = placesOf(edited, 'branch-a.rsc', 'name', 'hub');
  const peerUses = placesOf(edited, 'branch-a.rsc', 'peer', 'hub');
  assert.equal(peerDefinition.length + peerUses.length, 3, 'branch-a.rsc defines its peer and names it in its identity and its policy');
  await vscode.goTo(peerUses[0]!.line, peerUses[0]!.column + 1);
  assert.deepEqual(inOrder(await vscode.peekReferences()), inOrder([...peerDefinition, ...peerUses]), 'the references of peer hub');

  // The bridge, which all three files define: Go to Definition goes straight to branch-a.rsc's (with more than
  // one definition it would open a peek and leave the cursor where it is).
  const [bridgeDefinition] = placesOf(edited, 'branch-a.rsc', 'name', 'bridge-lan');
  const [bridgeUse] = placesOf(edited, 'branch-a.rsc', 'interface', 'bridge-lan');
  await vscode.goTo(bridgeUse!.line, bridgeUse!.column + 1);
  await vscode.press('F12');
  await vscode.waitForActiveEditor('branch-a.rsc', { line: bridgeDefinition!.line, column: bridgeDefinition!.column });
});

// ---------------------------------------------------------------------------------------------------------------
// Head office answers anyone and makes the branch's policy from a template, whose proposal offers aes-256-gcm;
// the branch dials head office's WAN with a static policy inside the template, and a proposal of aes-256-cbc.

const hqScript = `# Head office: answers every branch wherever it dials in from; their policies come from a template
/interface bridge add name=bridge-lan
/ip address add address=10.0.0.1/24 interface=bridge-lan
/ip address add address=192.0.2.1/24 interface=ether1
/ip ipsec profile add name=branches dh-group=ecp256 enc-algorithm=aes-256 hash-algorithm=sha256
/ip ipsec proposal add name=branches auth-algorithms=sha256 pfs-group=ecp256 enc-algorithms=aes-256-gcm
/ip ipsec policy group add name=branches
/ip ipsec policy add group=branches template=yes src-address=10.0.0.0/16 dst-address=10.1.0.0/16 proposal=branches
/ip ipsec peer add name=branches address=0.0.0.0/0 exchange-mode=ike2 passive=yes profile=branches
/ip ipsec identity add peer=branches auth-method=pre-shared-key secret="Hs8dK2pQw5vT9xN4mB7cR3zL" generate-policy=port-strict policy-template-group=branches
`;

const branchToHq = `# A branch: dials head office, with a static policy from its LAN to head office's
/interface bridge add name=bridge-lan
/ip address add address=10.1.7.1/24 interface=bridge-lan
/ip address add address=198.51.100.7/24 interface=ether1
/ip ipsec profile add name=to-hq dh-group=ecp256 enc-algorithm=aes-256 hash-algorithm=sha256
/ip ipsec proposal add name=to-hq auth-algorithms=sha256 pfs-group=ecp256 enc-algorithms=aes-256-cbc
/ip ipsec peer add name=hq address=192.0.2.1/32 exchange-mode=ike2 profile=to-hq
/ip ipsec identity add peer=hq auth-method=pre-shared-key secret="Hs8dK2pQw5vT9xN4mB7cR3zL"
/ip ipsec policy add peer=hq src-address=10.1.7.0/24 dst-address=10.0.0.0/24 tunnel=yes proposal=to-hq
`;

const responderAndBranch = {
  workspace: mkdtempSync(join(tmpdir(), 'routeros-e2e-responder-')),
  files: { 'hq.rsc': hqScript, 'branch.rsc': branchToHq },
};

scenario("a responder answering 0.0.0.0/0 with a policy template pairs with the branch by itself: the branch's proposal is checked against the template's, until it is typed to match", responderAndBranch, async (vscode) => {
  for (const text of Object.values(responderAndBranch.files)) assert.ok(!text.includes('routeros-pair'), 'no comment states the pair');
  const branch = branchToHq.split('\n');
  const proposalLine = lineStartingWith(branch, '/ip ipsec proposal add ');
  const cipher = branch[proposalLine - 1]!.indexOf('enc-algorithms=aes-256-cbc') + 'enc-algorithms='.length + 1; // 1-based column
  const noCommonCipher = (problem: Problem) =>
    problem.file === 'branch.rsc' && problem.severity === 'error' && /^No common phase 2 cipher/.test(problem.message);
  await vscode.openFile('branch.rsc');

  const problems = await vscode.waitForProblems((list) => list.some(noCommonCipher));
  const found = problems.find(noCommonCipher)!;
  assert.equal(found.line, proposalLine, "on the branch's proposal line");
  assert.match(found.message, /aes-256-cbc, hq\.rsc's offers aes-256-gcm/, "names head office's file and its template's proposal");
  // The editor's hover on the value shows the diagnostic with its rule code.
  const hover = await vscode.hoverAtPosition(proposalLine, cipher + 1);
  assert.match(hover, /mirror-phase2/, `the hover over enc-algorithms: ${hover}`);
  await vscode.press('Escape');

  // aes-256-cbc → aes-256-gcm, typed: every text on the way still differs from the template's proposal.
  await vscode.goTo(proposalLine, cipher + 'aes-256-'.length);
  for (let i = 0; i < 'cbc'.length; i++) await vscode.press('Delete');
  await vscode.typeText('gcm');
  await vscode.waitForProblems((list) => !list.some(noCommonCipher));
  await vscode.waitForEditorText((text) => text.split('\n')[proposalLine - 1]!.endsWith(' enc-algorithms=aes-256-gcm'));
});
