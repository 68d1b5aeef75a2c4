// Strength of each algorithm value (ipsec.md §1.13: IETF requirement levels from RFC 8247 for IKE and
// RFC 8221 for ESP/AH, plus MikroTik's own advice). insecure = MUST NOT, weak = SHOULD NOT or a weak
// choice, info = allowed but being phased out.
import type { ValueDoc } from './types';

const S = 'ipsec.md §1.13';

const ok = (note?: string): ValueDoc => ({ strength: 'ok', source: S, ...(note ? { note } : {}) });
const weak = (note: string): ValueDoc => ({ strength: 'weak', note, source: S });
const insecure = (note: string): ValueDoc => ({ strength: 'insecure', note, source: S });
const info = (note: string): ValueDoc => ({ strength: 'info', note, source: S });

/** Diffie-Hellman groups, shared by profile `dh-group` and proposal `pfs-group`. */
export const DH_GROUPS: Readonly<Record<string, ValueDoc>> = {
  modp768: insecure('DH group 1 (768-bit MODP): must not be used.'),
  modp1024: weak('DH group 2 (1024-bit MODP): should not be used; MikroTik advises avoiding it. It is the default.'),
  ec2n155: insecure('DH group 3 (EC2N 155): obsolete, only accepted up to 7.9.'),
  ec2n185: insecure('DH group 4 (EC2N 185): obsolete, only accepted up to 7.9.'),
  modp1536: weak('DH group 5 (1536-bit MODP): should not be used.'),
  modp2048: ok('DH group 14 (2048-bit MODP): mandatory to implement; a reasonable balance.'),
  modp3072: ok('DH group 15 (3072-bit MODP).'),
  modp4096: ok('DH group 16 (4096-bit MODP): strong but slow.'),
  modp6144: ok('DH group 17 (6144-bit MODP): strong but slow.'),
  modp8192: ok('DH group 18 (8192-bit MODP): a key exchange can take seconds.'),
  ecp256: ok('DH group 19 (256-bit random ECP): recommended by MikroTik.'),
  ecp384: ok('DH group 20 (384-bit random ECP).'),
  ecp521: ok('DH group 21 (521-bit random ECP).'),
  x25519: ok('DH group 31 (Curve25519). Phase 1 only: not a PFS group.'),
  none: info('No perfect forward secrecy: phase 2 keys are derived without a new DH exchange.'),
};

/** Phase 1 ciphers (profile `enc-algorithm`, CBC mode). */
export const IKE_CIPHERS: Readonly<Record<string, ValueDoc>> = {
  'aes-256': ok('AES-CBC with a 256-bit key.'),
  'aes-192': ok('AES-CBC with a 192-bit key.'),
  'aes-128': ok('AES-CBC with a 128-bit key.'),
  '3des': weak('Triple DES: 64-bit block, allowed but weak.'),
  des: insecure('Single DES: must not be used.'),
  blowfish: weak('Blowfish: RouterOS 6 only, not a recommended IKE cipher.'),
  'camellia-128': info('Camellia: RouterOS 6 only, limited interoperability.'),
  'camellia-192': info('Camellia: RouterOS 6 only, limited interoperability.'),
  'camellia-256': info('Camellia: RouterOS 6 only, limited interoperability.'),
};

/** Phase 1 integrity and PRF hashes (profile `hash-algorithm`, `prf-algorithm`). */
export const IKE_HASHES: Readonly<Record<string, ValueDoc>> = {
  md5: insecure('MD5: must not be used.'),
  sha1: info('SHA-1: still required to interoperate but being phased out; it is the default.'),
  sha256: ok('SHA-256: mandatory to implement.'),
  sha384: ok('SHA-384.'),
  sha512: ok('SHA-512.'),
  auto: ok('Use the same function as hash-algorithm.'),
};

/** Phase 2 ciphers (proposal `enc-algorithms`). */
export const ESP_CIPHERS: Readonly<Record<string, ValueDoc>> = {
  'aes-128-cbc': ok('AES-CBC 128-bit: mandatory to implement, hardware-accelerated almost everywhere.'),
  'aes-192-cbc': ok('AES-CBC 192-bit.'),
  'aes-256-cbc': ok('AES-CBC 256-bit.'),
  'aes-128-gcm': ok('AES-GCM 128-bit (AEAD): pair it with auth-algorithms=null.'),
  'aes-192-gcm': ok('AES-GCM 192-bit (AEAD): pair it with auth-algorithms=null.'),
  'aes-256-gcm': ok('AES-GCM 256-bit (AEAD): pair it with auth-algorithms=null.'),
  'aes-128-ctr': ok('AES-CTR 128-bit.'),
  'aes-192-ctr': ok('AES-CTR 192-bit.'),
  'aes-256-ctr': ok('AES-CTR 256-bit.'),
  chacha20poly1305: ok('ChaCha20-Poly1305 (AEAD, RouterOS 7 only): software only; reported broken in 7.17.'),
  'camellia-128': ok('Camellia 128-bit: never hardware-accelerated, limited interoperability.'),
  'camellia-192': ok('Camellia 192-bit: never hardware-accelerated, limited interoperability.'),
  'camellia-256': ok('Camellia 256-bit: never hardware-accelerated, limited interoperability.'),
  twofish: weak('Twofish is not a standard ESP transform: other vendors will not accept it.'),
  blowfish: insecure('Blowfish: must not be used for ESP.'),
  '3des': weak('Triple DES: should not be used.'),
  des: insecure('Single DES: must not be used.'),
  null: weak('No encryption at all: traffic is only integrity-protected.'),
};

/** Phase 2 integrity (proposal `auth-algorithms`). */
export const ESP_INTEGRITY: Readonly<Record<string, ValueDoc>> = {
  md5: insecure('HMAC-MD5-96: must not be used.'),
  sha1: info('HMAC-SHA1-96: still required but being phased out; it is the default.'),
  sha256: ok('HMAC-SHA2-256-128: mandatory to implement.'),
  sha512: ok('HMAC-SHA2-512-256.'),
  null: info('No separate integrity: correct only with an AEAD cipher (GCM, chacha20poly1305); with CBC or CTR it leaves ESP unprotected.'),
};

/** AEAD ciphers: they carry their own integrity, so `auth-algorithms=null` is right with them. */
export const AEAD_CIPHERS: readonly string[] = ['aes-128-gcm', 'aes-192-gcm', 'aes-256-gcm', 'chacha20poly1305'];
