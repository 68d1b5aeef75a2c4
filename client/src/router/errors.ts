// Every failure the router side can report, as one error type with a kind the UI and the command
// line can branch on, and a message written for the person at the keyboard.
import { getSystemErrorName } from 'node:util';

export type RouterErrorKind =
  | 'refused'
  | 'unreachable'
  | 'timeout'
  | 'auth'
  | 'permission'
  | 'tls'
  | 'closed'
  | 'too-old'
  | 'trap'
  | 'protocol'
  | 'cancelled'
  | 'config';

export class RouterError extends Error {
  override readonly name = 'RouterError';
  constructor(
    readonly kind: RouterErrorKind,
    message: string,
    /** The trap category (0–7) when the router refused a command. */
    readonly category?: number,
  ) {
    super(message);
  }
}

/** `Seattle (192.0.2.1:8729)`: how errors name the router they are about. */
export interface Endpoint {
  readonly label: string;
  readonly host: string;
  readonly port: number;
  readonly tls: boolean;
}

export function describeEndpoint(endpoint: Endpoint): string {
  return `${endpoint.label} (${endpoint.host}:${endpoint.port})`;
}

const serviceName = (endpoint: Endpoint) => (endpoint.tls ? 'api-ssl' : 'api');

/**
 * The POSIX code of a socket error. node-routeros keeps only `errno`, which modern Node makes
 * negative (-111), so its own message table misses and the message comes out empty.
 */
export function systemErrorCode(error: unknown): string | undefined {
  const candidate = error as { code?: unknown; errno?: unknown } | null;
  if (typeof candidate?.code === 'string') return candidate.code;
  if (typeof candidate?.errno === 'number' && candidate.errno < 0) {
    try {
      return getSystemErrorName(candidate.errno);
    } catch {
      return undefined;
    }
  }
  if (typeof candidate?.errno === 'string') return candidate.errno;
  return undefined;
}

const unreachableCodes = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN']);

export function refusedError(endpoint: Endpoint): RouterError {
  return new RouterError(
    'refused',
    `${describeEndpoint(endpoint)} refused the connection: the RouterOS ${serviceName(endpoint)} service is ` +
      `disabled or listens on another port. On the router: /ip service enable ${serviceName(endpoint)}` +
      ` (and check its port with /ip service print).`,
  );
}

export function timeoutError(endpoint: Endpoint, seconds: number, stage: string): RouterError {
  return new RouterError(
    'timeout',
    `${describeEndpoint(endpoint)} did not answer within ${seconds} s (${stage}). Check the address, that the ` +
      `${serviceName(endpoint)} service allows this computer (available-from), and that no firewall drops the port.`,
  );
}

/** Maps a socket-level failure (before or after login) to a specific error. */
export function socketError(endpoint: Endpoint, error: unknown, timeoutSeconds: number): RouterError {
  if (error instanceof RouterError) return error;
  const code = systemErrorCode(error);
  if (code === 'ECONNREFUSED') return refusedError(endpoint);
  if (code === 'SOCKTMOUT' || code === 'ETIMEDOUT') return timeoutError(endpoint, timeoutSeconds, 'connecting');
  if (code && unreachableCodes.has(code)) {
    return new RouterError('unreachable', `${describeEndpoint(endpoint)} cannot be reached (${code}): check the host name and the route to it.`);
  }
  if (code === 'ECONNRESET' || code === 'EPIPE') return closedError(endpoint, 'the connection was reset');
  const tls = tlsProblem(error);
  if (tls) return new RouterError('tls', `TLS with ${describeEndpoint(endpoint)} failed: ${tls}`);
  const detail = (error as Error | undefined)?.message || code || String(error);
  return new RouterError('closed', `The connection to ${describeEndpoint(endpoint)} failed: ${detail}`);
}

export function closedError(endpoint: Endpoint, reason: string): RouterError {
  return new RouterError('closed', `${describeEndpoint(endpoint)} closed the connection (${reason}).`);
}

const tlsExplanations: Record<string, string> = {
  DEPTH_ZERO_SELF_SIGNED_CERT:
    'the router presents a self-signed certificate. Pin it with "fingerprint" (or trust its CA with "ca") in routeros.routers.',
  SELF_SIGNED_CERT_IN_CHAIN: 'the router\'s certificate chain ends in an untrusted CA. Trust that CA with "ca", or pin "fingerprint".',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the router\'s certificate is signed by an unknown CA. Trust that CA with "ca", or pin "fingerprint".',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the router\'s certificate is signed by an unknown CA. Trust that CA with "ca", or pin "fingerprint".',
  CERT_HAS_EXPIRED: 'the router\'s certificate has expired.',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the router\'s certificate does not name this host.',
  ERR_SSL_NO_SHARED_CIPHER:
    'no cipher in common. A router without a certificate offers only anonymous ciphers: give api-ssl a certificate.',
  ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE:
    'the router rejected the handshake. A router without a certificate offers only anonymous ciphers: give api-ssl a certificate.',
  ERR_SSL_WRONG_VERSION_NUMBER: 'the port does not speak TLS: is it the plaintext api port (8728)?',
  ERR_SSL_PACKET_LENGTH_TOO_LONG: 'the port does not speak TLS: is it the plaintext api port (8728)?',
};

/** A readable sentence for a TLS failure, or undefined when the error is not about TLS. */
export function tlsProblem(error: unknown): string | undefined {
  const candidate = error as { code?: unknown; message?: unknown } | null;
  const code = typeof candidate?.code === 'string' ? candidate.code : '';
  if (tlsExplanations[code]) return tlsExplanations[code];
  const message = typeof candidate?.message === 'string' ? candidate.message : '';
  if (code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS') || /certificate|TLS|SSL/i.test(message)) {
    return message || code;
  }
  return undefined;
}

/** The login was refused: wrong credentials, or a user whose group may not use the API. */
export function loginError(endpoint: Endpoint, username: string, routerMessage: string): RouterError {
  if (/not allowed|permission/i.test(routerMessage)) {
    return new RouterError(
      'permission',
      `${describeEndpoint(endpoint)}: user "${username}" may not use the API (${routerMessage}). Its group needs the "api" policy.`,
    );
  }
  return new RouterError('auth', `${describeEndpoint(endpoint)} refused the login: wrong user name or password for "${username}".`);
}

export function tooOldError(endpoint: Endpoint, version: string, needed: string, what: string): RouterError {
  return new RouterError('too-old', `${describeEndpoint(endpoint)} runs RouterOS ${version}; ${what} needs ${needed} or later.`);
}

export function cancelledError(): RouterError {
  return new RouterError('cancelled', 'Cancelled.');
}
