// The simulator's TLS identity. The P-256 key is derived from the router's name, so its public
// key — and the fingerprint the demo settings pin — stays the same across restarts; the
// certificate around it is written and self-signed at startup. Never use such a key off loopback:
// anyone can derive it.
import { createHash, createPrivateKey, createPublicKey, sign, X509Certificate, type KeyObject } from 'node:crypto';
import {
  bitString, boolean, explicit, element, objectIdentifier, octetString, sequence, set, unsignedInteger, utcTime, utf8String,
} from './der';

const ecPublicKey = objectIdentifier('1.2.840.10045.2.1');
const prime256v1 = objectIdentifier('1.2.840.10045.3.1.7');
const ecdsaWithSha256 = sequence(objectIdentifier('1.2.840.10045.4.3.2'));

export interface SimulatorCertificate {
  readonly keyPem: string;
  readonly certificatePem: string;
  /** SHA-256 of the public key (SPKI), upper-case hex: stable for a given router name. */
  readonly publicKeyFingerprint: string;
  /** SHA-256 of this run's certificate, upper-case hex. */
  readonly certificateFingerprint: string;
}

function privateKeyFor(name: string): KeyObject {
  const scalar = createHash('sha256').update(`routeros-ipsec simulator key: ${name}`).digest();
  scalar[0] &= 0x7f; // stays below the P-256 group order
  const ecPrivateKey = sequence(unsignedInteger(Buffer.from([1])), octetString(scalar));
  const pkcs8 = sequence(unsignedInteger(Buffer.from([0])), sequence(ecPublicKey, prime256v1), octetString(ecPrivateKey));
  return createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' });
}

function distinguishedName(commonName: string): Buffer {
  return sequence(set(sequence(objectIdentifier('2.5.4.3'), utf8String(commonName))));
}

function extensions(): Buffer {
  const loopback = element(0x87, Buffer.from([127, 0, 0, 1]));
  const localhost = element(0x82, Buffer.from('localhost', 'ascii'));
  const subjectAltName = sequence(objectIdentifier('2.5.29.17'), octetString(sequence(loopback, localhost)));
  const basicConstraints = sequence(objectIdentifier('2.5.29.19'), boolean(true), octetString(sequence(boolean(true))));
  return explicit(3, sequence(subjectAltName, basicConstraints));
}

export function simulatorCertificate(name: string): SimulatorCertificate {
  const key = privateKeyFor(name);
  const spki = createPublicKey(key).export({ type: 'spki', format: 'der' });
  const serial = createHash('sha256').update(`${name} ${Date.now()}`).digest().subarray(0, 8);
  serial[0] &= 0x7f;
  const tbs = sequence(
    explicit(0, unsignedInteger(Buffer.from([2]))),
    unsignedInteger(serial),
    ecdsaWithSha256,
    distinguishedName(name),
    sequence(utcTime(new Date(Date.UTC(2025, 0, 1))), utcTime(new Date(Date.UTC(2049, 11, 31)))),
    distinguishedName(name),
    spki,
    extensions(),
  );
  const der = sequence(tbs, ecdsaWithSha256, bitString(sign('sha256', tbs, key)));
  const certificate = new X509Certificate(der);
  return {
    keyPem: key.export({ type: 'pkcs8', format: 'pem' }).toString(),
    certificatePem: certificate.toString(),
    publicKeyFingerprint: createHash('sha256').update(spki).digest('hex').toUpperCase(),
    certificateFingerprint: createHash('sha256').update(der).digest('hex').toUpperCase(),
  };
}
