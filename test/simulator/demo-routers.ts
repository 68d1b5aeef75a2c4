// The demo's two routers, as test/demo-workspace/.vscode/settings.json expects them: Seattle on
// RouterOS 7.18.2 (safe mode) and Boise on 7.15.3 (neither safe mode nor dry run), user admin,
// password "demo", on fixed loopback ports, their certificates pinned by public-key fingerprint.
// They start empty: deploying seattle.rsc and boise.rsc brings the tunnel up.
//   node --import tsx test/simulator/demo-routers.ts        (Ctrl-C stops them)
import { SharedMapDirectory } from './directory';
import { SimulatedRouter } from './router';

export const DEMO_USER = 'admin';
export const DEMO_PASSWORD = 'demo';

export const demoRouters = [
  { name: 'Seattle', version: '7.18.2', port: 18728, tlsPort: 18729 },
  { name: 'Boise', version: '7.15.3', port: 18738, tlsPort: 18739 },
] as const;

/** Starts both demo routers; `ports: 'any'` picks free ports (for tests that run beside a demo). */
export async function startDemoRouters(ports: 'fixed' | 'any' = 'fixed'): Promise<SimulatedRouter[]> {
  const directory = new SharedMapDirectory();
  const routers = demoRouters.map(
    (demo) =>
      new SimulatedRouter({
        name: demo.name,
        version: demo.version,
        username: DEMO_USER,
        password: DEMO_PASSWORD,
        port: ports === 'fixed' ? demo.port : 0,
        tlsPort: ports === 'fixed' ? demo.tlsPort : 0,
        directory,
      }),
  );
  for (const router of routers) await router.start();
  return routers;
}

/** The `routeros.routers` entries that reach these routers. */
export function demoSettings(routers: readonly SimulatedRouter[]): object[] {
  return routers.map((router) => ({
    name: router.name,
    host: '127.0.0.1',
    port: router.tlsPort,
    username: DEMO_USER,
    fingerprint: router.certificate?.publicKeyFingerprint,
  }));
}

async function main(): Promise<void> {
  const routers = await startDemoRouters();
  for (const router of routers) {
    console.log(`${router.name} (RouterOS ${router.version.text}) listening on 127.0.0.1:${router.tlsPort} (api-ssl) and :${router.port} (api); user ${DEMO_USER}, password ${DEMO_PASSWORD}`);
  }
  const stop = () => void Promise.all(routers.map((router) => router.shutdown())).then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`The demo routers did not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
