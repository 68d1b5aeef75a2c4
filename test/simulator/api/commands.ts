// Routes a command sentence to what the simulated router does: its menus' generic verbs (print,
// get, add, set, remove, enable, disable), the computed IPsec menus, and the deploy path (/file,
// /import, /safe-mode) with the version differences RouterOS has.
import { atLeast, featureVersions, type RouterOsVersion } from '../../../client/src/router/version';
import type { Sentence } from '../../../client/src/router/protocol/sentence';
import { CommandFailure, addItem, menuSpec, removeItems, runAction, setDisabled, setItems } from '../config/menu-commands';
import { menuByPath, type MenuSpec } from '../config/menus';
import type { ConfigStore } from '../config/store';
import type { IpsecStatus } from '../ipsec/status';
import type { SafeMode } from '../safe-mode';
import { formatDuration } from '../time';
import { done, Refusal, trap, type Outcome, type Row } from './outcome';
import { get, print } from './print';

/** Just under 60 KiB: longer `contents` are refused (cli-reference file.md). */
export const FILE_CONTENTS_LIMIT = 61439;

export interface RouterState {
  readonly version: RouterOsVersion;
  readonly store: ConfigStore;
  readonly startedAt: number;
  readonly safeMode: SafeMode;
  ipsec(): IpsecStatus;
  runImport(fileName: string, dryRun: boolean): Outcome;
}

type Handler = (router: RouterState, args: Readonly<Record<string, string>>, session: number, queries: readonly string[]) => Outcome;

function requireVersion(router: RouterState, minimum: string, what: string): void {
  if (!atLeast(router.version, minimum)) throw new Refusal(`no such command or directory (${what})`, 0);
}

function resourceRow(router: RouterState): Row {
  return {
    version: `${router.version.text} (stable)`, 'build-time': '2026-01-01 00:00:00', uptime: formatDuration(Date.now() - router.startedAt),
    'board-name': 'CHR', 'architecture-name': 'x86_64', platform: 'MikroTik', 'cpu-load': '1', 'free-memory': '200000000', 'total-memory': '268435456',
  };
}

const special: Record<string, Handler> = {
  '#': () => done(),
  '/system/resource/print': (router, args, _, queries) => print(() => [resourceRow(router)], args, queries),
  '/ip/ipsec/installed-sa/print': (router, args, _, queries) => print(() => router.ipsec().installedSas, args, queries),
  '/ip/ipsec/active-peers/print': (router, args, _, queries) => print(() => router.ipsec().activePeers, args, queries),
  '/file/add': (router, args) => {
    requireVersion(router, featureVersions.fileAdd, 'add');
    if (Buffer.byteLength(args.contents ?? '', 'latin1') > FILE_CONTENTS_LIMIT) throw new Refusal('failure: contents too long', 1);
    if (router.store.items('file').some((file) => file.props.name === args.name)) throw new Refusal('failure: file already exists', 4);
    return done([], addItem(router.store, 'file', { name: args.name ?? '', contents: args.contents ?? '' }));
  },
  '/import': (router, args) => {
    for (const name of Object.keys(args)) {
      if (!['file-name', 'verbose', 'dry-run', 'from-line'].includes(name)) throw new Refusal(`unknown parameter ${name}`, 1);
    }
    if (args['dry-run'] !== undefined) requireVersion(router, featureVersions.importDryRun, 'dry-run');
    return router.runImport(args['file-name'] ?? '', args['dry-run'] !== undefined);
  },
  '/safe-mode/take': safeModeCommand('take'),
  '/safe-mode/release': safeModeCommand('release'),
  '/safe-mode/unroll': safeModeCommand('unroll'),
};

function safeModeCommand(verb: 'take' | 'release' | 'unroll'): Handler {
  return (router, _, session) => {
    requireVersion(router, featureVersions.safeMode, 'safe-mode');
    router.safeMode[verb](session);
    return done();
  };
}

function rowsOf(router: RouterState, menu: MenuSpec): Row[] {
  const status = menu.path === 'ip/ipsec/policy' ? router.ipsec().policyStatus : undefined;
  return router.store.items(menu.path).map((item) => {
    const row = menu.single ? { ...item.props } : { '.id': item.id, ...item.props };
    if (menu.path === 'file') Object.assign(row, { size: String(Buffer.byteLength(item.props.contents ?? '', 'latin1')), type: 'script' });
    return { ...row, ...(status?.get(item.id) ?? {}) };
  });
}

function generic(router: RouterState, menu: MenuSpec, verb: string, args: Readonly<Record<string, string>>, queries: readonly string[]): Outcome {
  if (menu.since && !atLeast(router.version, menu.since)) throw new Refusal('no such command prefix', 0);
  const { store } = router;
  switch (verb) {
    case 'print':
    case 'getall':
      return print(() => rowsOf(router, menu), args, queries);
    case 'get':
      return get(rowsOf(router, menu), args, !!menu.single);
    case 'add':
      return done([], addItem(store, menu.path, args));
    case 'set':
      setItems(store, menu.path, args);
      return done();
    case 'remove':
      removeItems(store, menu.path, args.numbers ?? '');
      return done();
    case 'enable':
    case 'disable':
      setDisabled(store, menu.path, args.numbers ?? '', verb === 'disable');
      return done();
    default: {
      const { numbers, ...actionArgs } = args;
      runAction(store, menu.path, verb, numbers ?? '', actionArgs);
      return done();
    }
  }
}

export function executeCommand(router: RouterState, sentence: Sentence, session: number): Outcome {
  try {
    const handler = special[sentence.head];
    if (handler) return handler(router, sentence.attributes, session, sentence.queries);
    const segments = sentence.head.replace(/^\//, '').split('/');
    const verb = segments.pop() ?? '';
    const path = segments.join('/');
    if (!menuByPath.has(path)) return trap('no such command prefix', 0);
    const args = { ...sentence.attributes };
    if (args['.id'] !== undefined && args.numbers === undefined) args.numbers = args['.id'];
    delete args['.id'];
    return generic(router, menuSpec(path), verb, args, sentence.queries);
  } catch (error) {
    if (error instanceof Refusal || error instanceof CommandFailure) return trap(error.message, error.category);
    throw error;
  }
}
