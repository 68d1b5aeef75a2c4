// How a router's certificate is trusted: the system's CAs (default), a CA given for this router,
// a pinned fingerprint (self-signed routers), or, only when asked for, the anonymous ciphers a
// RouterOS api-ssl service without a certificate offers (no authentication at all).
import { createHash, X509Certificate } from 'node:crypto';
import type { ConnectionOptions, PeerCertificate, TLSSocket } from 'node:tls';

export interface TlsTrust {
  /** SHA-256 of the router's certificate (as `/certificate print detail` shows it) or of its public key. */
  readonly fingerprint?: string;
  /** PEM text of the CA that signed the router's certificate. */
  readonly ca?: string;
  /** Accept the anonymous Diffie-Hellman ciphers of a router without a certificate. */
  readonly anonymous?: boolean;
}

/** Hex digits only, upper case: `AB:CD…`, `abcd…` and `sha256/AB CD…` all compare equal. */
export function normaliseFingerprint(text: string): string {
  return text.replace(/^sha256[/:]/i, '').replace(/[^0-9a-f]/gi, '').toUpperCase();
}

/** The two SHA-256 fingerprints a pin may name: of the whole certificate, and of its public key. */
export function certificateFingerprints(der: Buffer): { certificate: string; publicKey: string } {
  const publicKey = new X509Certificate(der).publicKey.export({ type: 'spki', format: 'der' });
  return {
    certificate: createHash('sha256').update(der).digest('hex').toUpperCase(),
    publicKey: createHash('sha256').update(publicKey).digest('hex').toUpperCase(),
  };
}

export function fingerprintMatches(pinned: string, der: Buffer): boolean {
  const wanted = normaliseFingerprint(pinned);
  const actual = certificateFingerprints(der);
  return wanted.length === 64 && (wanted === actual.certificate || wanted === actual.publicKey);
}

export function tlsConnectionOptions(trust: TlsTrust): ConnectionOptions {
  if (trust.anonymous) {
    // OpenSSL 3 hides anonymous suites below security level 0; TLS 1.3 has none.
    return { ciphers: 'ADH-AES256-GCM-SHA384:ADH-AES128-GCM-SHA256:@SECLEVEL=0', maxVersion: 'TLSv1.2', rejectUnauthorized: false };
  }
  // With a pin, the chain is not what we trust: the fingerprint is checked before the login is sent.
  if (trust.fingerprint) return { rejectUnauthorized: false };
  if (trust.ca) return { ca: trust.ca, rejectUnauthorized: true };
  return { rejectUnauthorized: true };
}

/**
 * The check a pinned router's socket must pass before anything is written to it. Returns the
 * reason to refuse it, or undefined when it is the pinned certificate.
 */
export function pinProblem(trust: TlsTrust, socket: TLSSocket): string | undefined {
  if (!trust.fingerprint) return undefined;
  const peer: PeerCertificate = socket.getPeerCertificate();
  if (!peer?.raw) return 'the router presented no certificate';
  if (fingerprintMatches(trust.fingerprint, peer.raw)) return undefined;
  const actual = certificateFingerprints(peer.raw);
  return (
    `the router's certificate does not match the pinned fingerprint: it presents ${colonHex(actual.certificate)}` +
    ` (public key ${colonHex(actual.publicKey)}). If the router's certificate was replaced on purpose, update "fingerprint".`
  );
}

function colonHex(hex: string): string {
  return hex.match(/../g)?.join(':') ?? hex;
}
