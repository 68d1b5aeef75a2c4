// Who a connection reached: the router's identity and RouterOS version, shown before a deploy
// and deciding how it is done.
import type { RouterConnection } from './connection';
import { RouterError } from './errors';
import { parseRouterOsVersion, type RouterOsVersion } from './version';

export interface RouterInfo {
  readonly identity: string;
  readonly version: RouterOsVersion;
  readonly board: string;
}

export async function fetchRouterInfo(connection: RouterConnection): Promise<RouterInfo> {
  const [identity] = await connection.run('/system/identity/print');
  const [resource] = await connection.run('/system/resource/print', { '.proplist': 'version,board-name' });
  const version = parseRouterOsVersion(resource?.version ?? '');
  if (!version) throw new RouterError('protocol', `The router reported no readable RouterOS version ("${resource?.version ?? ''}").`);
  return { identity: identity?.name ?? '', version, board: resource?.['board-name'] ?? '' };
}
