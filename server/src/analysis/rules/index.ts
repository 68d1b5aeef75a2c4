// Every rule, in the order the README documents them.
import type { Rule } from '../rule';
import { mirrorPolicy } from './mirror-policy';
import { mirrorPeerAddress } from './mirror-peer-address';
import { mirrorPhase1 } from './mirror-phase1';
import { mirrorPhase2 } from './mirror-phase2';
import { mirrorSecret } from './mirror-secret';
import { mirrorExchangeMode } from './mirror-exchange-mode';
import { mirrorAuthMethod } from './mirror-auth-method';
import { mirrorId } from './mirror-id';
import { mirrorPassive } from './mirror-passive';
import { mirrorTunnelMode } from './mirror-tunnel-mode';
import { undefinedReference } from './undefined-reference';
import { missingIdentity } from './missing-identity';
import { weakAlgorithm } from './weak-algorithm';
import { natBypass } from './nat-bypass';
import { fasttrackBypass } from './fasttrack-bypass';
import { firewallIke } from './firewall-ike';
import { policyLevel } from './policy-level';
import { policyNotTunnel } from './policy-not-tunnel';

export const rules: readonly Rule[] = [
  mirrorPolicy,
  mirrorPeerAddress,
  mirrorPhase1,
  mirrorPhase2,
  mirrorSecret,
  mirrorExchangeMode,
  mirrorAuthMethod,
  mirrorId,
  mirrorPassive,
  mirrorTunnelMode,
  undefinedReference,
  missingIdentity,
  weakAlgorithm,
  natBypass,
  fasttrackBypass,
  firewallIke,
  policyLevel,
  policyNotTunnel,
];
