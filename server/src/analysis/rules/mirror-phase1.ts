import type { PairRule } from '../rule';
import type { FindingInit } from '../finding';
import type { ConfigItem } from '../../model/config';
import type { IpsecView } from '../../model/ipsec';
import type { RouterSide } from '../pairing';
import { placeOf, routerLabel, setPropertyFix, shown, type Referenced } from '../describe';
import { seconds } from '../time';

interface Profile extends Referenced {
  readonly side: RouterSide;
}

function profileOf(side: RouterSide): Profile | undefined {
  const item = side.view.profileOf(side.peer);
  return item ? { side, view: side.view, item, via: { item: side.peer, property: 'profile' } } : undefined;
}

function relatedProfile(theirs: Profile, property: string, message: string) {
  return { uri: theirs.view.uri, span: placeOf(theirs, property), message };
}

function effectivePrf(view: IpsecView, profile: ConfigItem): string | undefined {
  const prf = view.text(profile, 'prf-algorithm');
  return prf === 'auto' || prf === undefined ? view.text(profile, 'hash-algorithm') : prf;
}

function disjointList(mine: Profile, theirs: Profile, property: string, label: string, other: string): FindingInit | undefined {
  const a = mine.side.view.list(mine.item, property);
  const b = theirs.side.view.list(theirs.item, property);
  if (!a || !b || a.some((value) => b.includes(value))) return undefined;
  const fix = setPropertyFix(mine.side.view, mine.item, property, b.join(','), `Use ${other}'s ${property}`);
  return {
    span: placeOf(mine, property),
    message: `No common ${label}: this profile offers ${shown(mine.side.view, mine.item, property)}, ${other}'s offers ${shown(theirs.side.view, theirs.item, property)}; phase 1 fails with "no suitable proposal found" / NO_PROPOSAL_CHOSEN.`,
    related: [relatedProfile(theirs, property, `${other}: ${property}=${b.join(',')}`)],
    fixes: fix ? [fix] : [],
  };
}

function differentValue(mine: Profile, theirs: Profile, property: string, read: (view: IpsecView, item: ConfigItem) => string | undefined, other: string): FindingInit | undefined {
  const a = read(mine.side.view, mine.item);
  const b = read(theirs.side.view, theirs.item);
  if (a === undefined || b === undefined || a === b) return undefined;
  const fix = property === 'hash-algorithm' ? setPropertyFix(mine.side.view, mine.item, property, b, `Use hash-algorithm=${b} like ${other}`) : undefined;
  return {
    span: placeOf(mine, property),
    message: `${property === 'hash-algorithm' ? 'hash-algorithm' : 'The effective PRF'} differs: this profile has ${a}${mine.side.view.attr(mine.item, property).explicit ? '' : ' (default)'}, ${other}'s has ${b}; phase 1 fails.`,
    related: [relatedProfile(theirs, property, `${other}: ${b}`)],
    fixes: fix ? [fix] : [],
  };
}

/** IKEv1 lifetimes: the responder's proposal-check decides (ipsec.md §3.2); either end may respond. */
function lifetimeConflict(mine: Profile, theirs: Profile, other: string): FindingInit | undefined {
  const check = mine.side.view.text(mine.item, 'proposal-check');
  const own = seconds(mine.side.view.text(mine.item, 'lifetime'));
  const proposed = seconds(theirs.side.view.text(theirs.item, 'lifetime'));
  if (own === undefined || proposed === undefined) return undefined;
  const rejects = (check === 'exact' && own !== proposed) || (check === 'strict' && proposed > own);
  if (!rejects) return undefined;
  return {
    span: placeOf(mine, 'proposal-check'),
    message: `proposal-check=${check} rejects ${other}'s phase 1 lifetime ${theirs.side.view.text(theirs.item, 'lifetime')} (this profile: ${mine.side.view.text(mine.item, 'lifetime')}) when ${other} initiates.`,
    related: [relatedProfile(theirs, 'lifetime', `${other}: lifetime=${theirs.side.view.text(theirs.item, 'lifetime')}`)],
  };
}

export const mirrorPhase1: PairRule = {
  code: 'mirror-phase1',
  scope: 'pair',
  severity: 'error',
  fact: 'ipsec.md §3.2/§3.3 and §3.6 P3–P7: enc-algorithm and dh-group sets intersect, hash-algorithm equal, IKEv2 effective PRF equal, IKEv1 lifetime accepted by the responder\'s proposal-check',
  summary: 'The two profiles must have an algorithm set in common for the exchange mode.',
  check({ local, remote }) {
    const mine = profileOf(local);
    const theirs = profileOf(remote);
    if (!mine || !theirs) return [];
    const other = routerLabel(remote.view);
    const ike2 = local.view.text(local.peer, 'exchange-mode') === 'ike2';
    const findings = [
      disjointList(mine, theirs, 'enc-algorithm', 'phase 1 encryption', other),
      differentValue(mine, theirs, 'hash-algorithm', (view, item) => view.text(item, 'hash-algorithm'), other),
      disjointList(mine, theirs, 'dh-group', 'DH group', other),
      ike2 && (mine.item.props.has('prf-algorithm') || theirs.item.props.has('prf-algorithm')) ? differentValue(mine, theirs, 'prf-algorithm', effectivePrf, other) : undefined,
      ike2 ? undefined : lifetimeConflict(mine, theirs, other),
    ];
    return findings.filter((finding): finding is FindingInit => finding !== undefined);
  },
};
