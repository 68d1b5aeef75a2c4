// Runs one simulated router from the command line, e.g.
//   node --import tsx test/simulator/main.ts --name Seattle --version 7.18.2 --port 18728 --tls-port 18729 \
//     --password demo --address 203.0.113.1/24@ether1 --address 192.168.111.1/24@ether2 --directory /tmp/routers
// and prints one JSON line once it listens: name, version, ports, the pinned fingerprint.
// Routers started with the same --directory see each other and bring up their tunnels.
import { parseArgs } from 'node:util';
import { FolderDirectory } from './directory';
import type { Faults } from './faults';
import { SimulatedRouter } from './router';

function faultsFrom(values: readonly string[]): Partial<Faults> {
  const faults: Record<string, unknown> = {};
  for (const value of values) {
    const [name, setting = 'true'] = value.split('=');
    faults[name] = setting === 'true' ? true : setting === 'false' ? false : /^\d+$/.test(setting) ? Number(setting) : setting;
  }
  return faults as Partial<Faults>;
}

function addressesFrom(values: readonly string[]) {
  return values.map((value) => {
    const [address, iface = 'ether1'] = value.split('@');
    return { address, interface: iface };
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      name: { type: 'string', default: 'MikroTik' },
      version: { type: 'string', default: '7.18.2' },
      user: { type: 'string', default: 'admin' },
      password: { type: 'string', default: '' },
      port: { type: 'string', default: '0' },
      'tls-port': { type: 'string', default: '0' },
      'no-tls': { type: 'boolean', default: false },
      'anonymous-tls': { type: 'boolean', default: false },
      address: { type: 'string', multiple: true, default: [] },
      directory: { type: 'string' },
      fault: { type: 'string', multiple: true, default: [] },
    },
  });
  const router = new SimulatedRouter({
    name: values.name ?? 'MikroTik',
    version: values.version ?? '7.18.2',
    username: values.user,
    password: values.password,
    port: Number(values.port),
    tlsPort: values['no-tls'] ? null : Number(values['tls-port']),
    tlsMode: values['anonymous-tls'] ? 'anonymous' : 'certificate',
    addresses: addressesFrom(values.address ?? []),
    directory: values.directory ? new FolderDirectory(values.directory) : undefined,
    faults: faultsFrom(values.fault ?? []),
  });
  await router.start();
  const stop = () => void router.shutdown().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(
    JSON.stringify({
      name: router.name, version: router.version.text, host: '127.0.0.1', port: router.port, tlsPort: router.tlsPort || undefined,
      fingerprint: router.certificate?.publicKeyFingerprint, username: values.user,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
