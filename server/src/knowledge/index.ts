// The RouterOS knowledge base: what features and analysis import. `knowledge(target)` gives the view
// of one release; views are built once per target and cache their lookups.
import { generatedKnowledge } from './data';
import { ReleaseCache, TreeView } from './tree-view';
import type { KnowledgeView } from './types';
import { V6View } from './v6/view';
import { DEFAULT_TARGET, resolveTarget, type Target, type V7Target } from './versions';

export type { ValueKind } from './data';
export type { ArgumentDoc, CuratedKind, DefaultDoc, MatchDoc, Strength, ValueDoc } from './ipsec-docs';
export type { Reference } from './references';
export type {
  ArgumentInfo, Availability, CommandInfo, EnumValue, KnowledgeView, MenuInfo, MenuPath, Presence, ResolvedWords,
} from './types';
export type { LegacyArgument, LegacyMenu, LegacyValue } from './legacy';
/** The view of one target release (alias of KnowledgeView). */
export type Knowledge = KnowledgeView;
export type { ValueProblem } from './check-value';
export type { ReleaseMask, Target, V6Target, V7Target } from './versions';

export { AEAD_CIPHERS, IPSEC_DOCS, ipsecDoc } from './ipsec-docs';
export { checkArgumentValue } from './check-value';
export { legacyArgument, legacyMenu, legacyValue } from './legacy';
export { menuWords } from './paths';
export { didYouMean, editDistance } from './suggest';
export { DEFAULT_TARGET, RELEASES, describeReleases, releasesIn, resolveTarget } from './versions';
export * from './values';

const releaseCaches = new Map<number, ReleaseCache>();
const views = new WeakMap<Target, KnowledgeView>();

function v7View(target: V7Target): TreeView {
  let cache = releaseCaches.get(target.index);
  if (!cache) releaseCaches.set(target.index, (cache = new ReleaseCache()));
  return new TreeView(target, generatedKnowledge(), cache);
}

function viewOf(target: Target): KnowledgeView {
  return target.line === 7 ? v7View(target) : new V6View(target, v7View(DEFAULT_TARGET));
}

/**
 * The knowledge of a target: a Target from resolveTarget, or a setting/header text ('7.16',
 * '# … by RouterOS 6.43.8'). Without an argument: the newest known 7.x release.
 */
export function knowledge(target: Target | string = DEFAULT_TARGET): KnowledgeView {
  const resolved = typeof target === 'string' ? resolveTarget(target) : target;
  let view = views.get(resolved);
  if (!view) views.set(resolved, (view = viewOf(resolved)));
  return view;
}
