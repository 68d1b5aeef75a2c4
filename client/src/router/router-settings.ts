// The routers a user configured (`routeros.routers`), read without trusting the shape: every
// entry is checked and a readable problem is given for each one that cannot be used.
import type { Endpoint } from './errors';
import type { TlsTrust } from './tls-policy';

export interface RouterEntry {
  readonly name: string;
  readonly host: string;
  readonly port: number | undefined;
  /** API-SSL (default). `false` means the plaintext API, which sends the password in clear. */
  readonly tls: boolean;
  readonly username: string;
  /** SHA-256 fingerprint of a self-signed router's certificate or public key. */
  readonly fingerprint: string | undefined;
  /** Path of the CA certificate (PEM) that signed the router's certificate. */
  readonly ca: string | undefined;
  /** Accept a router without certificate (anonymous TLS): encrypted, but not authenticated. */
  readonly anonymousTls: boolean;
}

export const DEFAULT_TLS_PORT = 8729;
export const DEFAULT_PLAIN_PORT = 8728;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function readEntry(value: unknown, index: number): RouterEntry | string {
  if (typeof value !== 'object' || value === null) return `routeros.routers[${index}] is not an object.`;
  const entry = value as Record<string, unknown>;
  const name = text(entry.name);
  const host = text(entry.host);
  if (!name || !host) return `routeros.routers[${index}] needs a "name" and a "host".`;
  const port = entry.port === undefined ? undefined : Number(entry.port);
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) return `Router "${name}": "port" must be 1 to 65535.`;
  return {
    name, host, port,
    tls: entry.tls !== false,
    username: text(entry.username) ?? 'admin',
    fingerprint: text(entry.fingerprint),
    ca: text(entry.ca),
    anonymousTls: entry.anonymousTls === true,
  };
}

export function readRouterEntries(value: unknown): { routers: RouterEntry[]; problems: string[] } {
  const routers: RouterEntry[] = [];
  const problems: string[] = [];
  if (value !== undefined && !Array.isArray(value)) return { routers, problems: ['routeros.routers must be a list of routers.'] };
  for (const [index, item] of (value ?? []).entries()) {
    const entry = readEntry(item, index);
    if (typeof entry === 'string') problems.push(entry);
    else if (routers.some((router) => router.name === entry.name)) problems.push(`Router "${entry.name}" is listed twice; the first entry is used.`);
    else routers.push(entry);
  }
  return { routers, problems };
}

export function endpointOf(entry: RouterEntry): Endpoint {
  return { label: entry.name, host: entry.host, port: entry.port ?? (entry.tls ? DEFAULT_TLS_PORT : DEFAULT_PLAIN_PORT), tls: entry.tls };
}

export function trustOf(entry: RouterEntry, caText: string | undefined): TlsTrust {
  return { fingerprint: entry.fingerprint, ca: caText, anonymous: entry.anonymousTls };
}

/** What the user must be told about a router's transport before its password is sent. */
export function transportWarning(entry: RouterEntry): string | undefined {
  if (!entry.tls) {
    return `${entry.name} uses the plaintext API (port ${entry.port ?? DEFAULT_PLAIN_PORT}): the password and the script cross the network unencrypted.`;
  }
  if (entry.anonymousTls) {
    return `${entry.name} uses anonymous TLS: the connection is encrypted, but nothing proves it is your router. Give api-ssl a certificate and pin it.`;
  }
  return undefined;
}
