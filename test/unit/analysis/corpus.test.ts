// The real-world configurations of ../shared/corpus against the experts' EXPECTED.md, for the cases
// whose reading we share: the key findings are there, and no IPsec rule raises an error the expert
// would not (syntax and knowledge findings are left to their own tests).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkWorkspace } from '../../../server/src/check';
import type { Finding } from '../../../server/src/analysis/finding';
import { rules } from '../../../server/src/analysis/rules/index';
import { corpusCases, type CorpusCase } from '../../helpers/corpus';
import { corpusDir, sharedMissing } from '../../helpers/shared';
import { lineAt } from './fixture-cases';

interface Router {
  readonly name: string;
  readonly text: string;
}

interface KeyFinding {
  readonly router: string;
  readonly code: string;
  readonly severity: Finding['severity'];
  /** Text on the finding's line (any line when absent). */
  readonly at?: string;
}

interface CorpusCheck {
  readonly name: string;
  /** The part of EXPECTED.md this check asserts. */
  readonly expected: string;
  /** The routers of the case, as scripts (articles hold several routers' commands in separate blocks). */
  routers(corpusCase: CorpusCase): Router[];
  readonly findings: readonly KeyFinding[];
}

/** A whole file of the case, or the article blocks starting at the given lines, joined. */
function script(corpusCase: CorpusCase, file: string, blockLines?: readonly number[]): string {
  const pieces = corpusCase.scripts.filter((piece) => piece.file === file && (blockLines === undefined || blockLines.includes(piece.line)));
  if (pieces.length === 0 || (blockLines && pieces.length !== blockLines.length)) throw new Error(`${corpusCase.name}: blocks ${blockLines?.join(',') ?? ''} of ${file} not found`);
  return pieces.map((piece) => piece.text).join('\n') + '\n';
}

const wholeFiles = (...files: string[]) => (corpusCase: CorpusCase) => files.map((file) => ({ name: file, text: script(corpusCase, file) }));

/** One script holding two routers' commands, cut where the second router's comment starts. */
function splitAt(text: string, marker: string): [string, string] {
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`"${marker}" not found`);
  return [text.slice(0, at), text.slice(at)];
}

const checks: readonly CorpusCheck[] = [
  {
    name: 'pair-01-dieniss-ikev2-lab',
    expected: 'mirrored OK; MikroTik-1 masquerades on the WAN without an IPsec exception',
    routers: (c) => [
      { name: 'MikroTik-1', text: script(c, 'README.md', [98, 150, 187, 193, 292]) },
      { name: 'MikroTik-2', text: script(c, 'README.md', [105, 156, 187, 201, 292]) },
    ],
    findings: [{ router: 'MikroTik-1', code: 'nat-bypass', severity: 'warning', at: 'action=masquerade' }],
  },
  {
    name: 'pair-02-drmeosch-ipip-over-ipsec',
    expected: 'consistent: R1 passive with a /24 peer, R2 initiates from a DHCP address inside it',
    routers: wholeFiles('r1-config.rsc', 'r2-config.rsc'),
    findings: [],
  },
  {
    name: 'pair-05-triangle-office1-office2',
    expected: 'consistent; secrets hidden by hide-sensitive → cannot verify, not "differ"',
    routers: wholeFiles('OFFICE1.rsc', 'OFFICE2.rsc'),
    findings: [
      { router: 'OFFICE1.rsc', code: 'mirror-secret', severity: 'information' },
      { router: 'OFFICE2.rsc', code: 'mirror-secret', severity: 'information' },
    ],
  },
  {
    name: 'pair-06-triangle-office1-office3',
    expected: "OFFICE3's NAT bypass rules use the wrong source subnet, so its masquerade catches the tunnel traffic",
    routers: wholeFiles('OFFICE1.rsc', 'OFFICE3.rsc'),
    findings: [
      { router: 'OFFICE3.rsc', code: 'nat-bypass', severity: 'warning', at: 'action=masquerade' },
      { router: 'OFFICE1.rsc', code: 'mirror-secret', severity: 'information' },
      { router: 'OFFICE3.rsc', code: 'mirror-secret', severity: 'information' },
    ],
  },
  {
    name: 'pair-11-docs-s2s-ikev1',
    expected: 'the manual\'s IKEv1 site-to-site pair is consistent (names differ, which is not a mismatch)',
    routers: (c) => [
      { name: 'Site 1', text: script(c, 'ipsec-manual.md', [763, 772, 779, 790, 838]) },
      { name: 'Site 2', text: script(c, 'ipsec-manual.md', [799, 808, 817, 845]) },
    ],
    findings: [],
  },
  {
    name: 'pair-15-ibanez-lab',
    expected: "R2's `policy set 1 disabled=yes` disables its own site policy: R1's policy has no active mirror",
    routers: (c) => {
      const [r1, r2] = splitAt(script(c, 'README.md'), '#CONFIGURACION DEL ROUTER 2');
      return [{ name: 'R1', text: r1 }, { name: 'R2', text: r2 }];
    },
    findings: [{ router: 'R1', code: 'mirror-policy', severity: 'error', at: '/ip ipsec policy add' }],
  },
  {
    name: 'pair-19-eoip-ipsec-secret-hub-spoke-belev',
    expected: 'EoIP ipsec-secret tunnel consistent',
    routers: wholeFiles('hub-export-excerpt.txt', 'spoke10-belev-export.rsc'),
    findings: [],
  },
  {
    name: 'pair-20-hq-br-gre-ipsec-secret-dollar',
    expected: 'endpoints mirrored; the secrets are textually identical, so no mismatch (the unescaped $ is a syntax matter)',
    routers: (c) => [
      { name: 'HQ-RTR', text: script(c, 'excerpt.md', [16]) },
      { name: 'BR-RTR', text: script(c, 'excerpt.md', [20]) },
    ],
    findings: [],
  },
  {
    name: 'single-01-aws-payungsak',
    expected: 'the policies name proposals that are not defined',
    routers: wholeFiles('config.rsc'),
    findings: [0, 1, 2, 3].map(() => ({ router: 'config.rsc', code: 'undefined-reference', severity: 'warning' as const, at: 'ipsec-vpn-08debffa46f808f6e-' })),
  },
  {
    name: 'single-08-branch27-export-ros6',
    expected: 'a working RouterOS 6.43 spoke in pre-6.44 syntax (true/false booleans, sa-* policies)',
    routers: wholeFiles('export.rsc'),
    findings: [],
  },
  {
    name: 'single-09-forum-158477-mikrotik-to-cisco-rv345p-certs',
    expected: 'coherent certificate identity; certificates cannot be verified from an export',
    routers: (c) => [{ name: 'excerpt', text: script(c, 'excerpt.txt', [9]) }],
    findings: [{ router: 'excerpt', code: 'undefined-reference', severity: 'information', at: 'certificate=' }],
  },
  {
    name: 'single-10-forum-179609-ipsec-fasttrack',
    expected: "the poster's mangle/connection-mark FastTrack exception is a valid alternative: no finding on it",
    routers: (c) => [{ name: 'excerpt', text: script(c, 'excerpt.txt', [10]) }],
    findings: [],
  },
];

const ruleCodes = new Set(rules.map((rule) => rule.code));

function describeFinding(router: Router, finding: Finding): string {
  const line = lineAt(router.text, finding.span.start);
  return `${router.name}:${line} ${finding.code} ${finding.severity} «${router.text.split('\n')[line - 1]?.trim().slice(0, 60)}»`;
}

describe('corpus: the experts\' EXPECTED.md', { skip: sharedMissing(corpusDir) }, () => {
  const cases = corpusCases();
  for (const check of checks) {
    test(`${check.name}: ${check.expected}`, () => {
      const corpusCase = cases.find((candidate) => candidate.name === check.name);
      assert.ok(corpusCase, `${check.name} is not in the corpus`);
      const routers = check.routers(corpusCase);
      const uriOf = (router: Router) => `file:///corpus/${check.name}/${encodeURIComponent(router.name)}.rsc`;
      const results = checkWorkspace(routers.map((router) => ({ uri: uriOf(router), text: router.text })));
      const found = routers.flatMap((router) => (results.get(uriOf(router)) ?? []).filter((finding) => ruleCodes.has(finding.code)).map((finding) => ({ router, finding })));
      const unmatched = [...found];
      for (const key of check.findings) {
        const index = unmatched.findIndex(({ router, finding }) => router.name === key.router && finding.code === key.code && finding.severity === key.severity && (key.at === undefined || (router.text.split('\n')[lineAt(router.text, finding.span.start) - 1] ?? '').includes(key.at)));
        assert.ok(index >= 0, `expected ${key.router} ${key.code} ${key.severity}${key.at ? ` at «${key.at}»` : ''}; found:\n${found.map(({ router, finding }) => describeFinding(router, finding)).join('\n')}`);
        unmatched.splice(index, 1);
      }
      const falseErrors = unmatched.filter(({ finding }) => finding.severity === 'error');
      assert.deepEqual(falseErrors.map(({ router, finding }) => describeFinding(router, finding)), [], 'errors the expert does not report');
    });
  }
});
