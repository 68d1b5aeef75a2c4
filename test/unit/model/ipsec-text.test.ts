// `IpsecView.text` answers without building the `attr` record (rules ask it for every property of every
// firewall rule); it must agree with `attr` everywhere: written values, true/false read as yes/no,
// defaults from ipsec.md, secrets hidden by an export without show-sensitive, and unknown values.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { WorkspaceIndex } from '../../../server/src/model/workspace';
import { generateExport } from '../../protocol/generate-export';

const demo = join(__dirname, '..', '..', 'demo-workspace');
const PROBED = ['disabled', 'action', 'chain', 'secret', 'auth-method', 'enc-algorithm', 'dh-group', 'lifetime', 'exchange-mode', 'send-initial-contact', 'src-address', 'tunnel', 'level', 'pfs-group', 'comment', 'name', 'ipsec-policy'];

const scripts: Record<string, string> = {
  'seattle.rsc': readFileSync(join(demo, 'seattle.rsc'), 'utf8'),
  'road-warrior.rsc': readFileSync(join(demo, 'road-warrior.rsc'), 'utf8'),
  'generated.rsc': generateExport(2000).text,
  'hidden.rsc': [
    '# 2024-01-01 by RouterOS 7.16.2',
    '/ip ipsec peer add address=203.0.113.2/32 name=b send-initial-contact=true passive=false',
    '/ip ipsec identity add peer=b',
    '/ip ipsec policy add dst-address=10.2.0.0/24 src-address=10.1.0.0/24 tunnel=yes peer=b sa-dst-address=$remote',
    '/ip firewall nat add chain=srcnat action=accept ipsec-policy=out,ipsec disabled=true',
  ].join('\n'),
};

describe('IpsecView.text', () => {
  for (const [name, text] of Object.entries(scripts)) {
    it(`agrees with attr on every item of ${name}`, () => {
      const doc = new WorkspaceIndex({ version: '7.24', maxFileSize: 100_000_000 }).update(`file:///${name}`, text, 1);
      const view = doc.ipsec;
      let compared = 0;
      for (const [menu, items] of doc.config.tables) {
        for (const item of items) {
          for (const property of new Set([...item.props.keys(), ...PROBED])) {
            const value = view.attr(item, property).value;
            assert.equal(view.text(item, property), value.state === 'known' ? value.text : undefined, `${menu} ${property}`);
            compared++;
          }
        }
      }
      assert.ok(compared > 50, `compared ${compared}`);
    });
  }
});
