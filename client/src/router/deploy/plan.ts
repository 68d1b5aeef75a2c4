// How a script is deployed, decided by the router's RouterOS version (routeros-api.md §3.2, §3.5):
// 7.9–7.15 upload and import (a failing line leaves the lines before it applied); 7.16–7.17 a dry
// run first; 7.18 and later also inside safe mode, so a failure is rolled back.
import { tooOldError, type Endpoint } from '../errors';
import { atLeast, featureVersions, type RouterOsVersion } from '../version';

export interface DeployPlan {
  readonly dryRun: boolean;
  readonly safeMode: boolean;
  /** What the user must know before saying yes, when a failure cannot be undone. */
  readonly caution: string | undefined;
  /** One line for the confirmation and the result: how this router will be changed. */
  readonly method: string;
}

export function planDeploy(endpoint: Endpoint, version: RouterOsVersion): DeployPlan {
  if (!atLeast(version, featureVersions.fileAdd)) {
    throw tooOldError(endpoint, version.text, featureVersions.fileAdd, 'deploying over the API (/file/add)');
  }
  const dryRun = atLeast(version, featureVersions.importDryRun);
  const safeMode = atLeast(version, featureVersions.safeMode);
  if (safeMode) {
    return { dryRun, safeMode, caution: undefined, method: 'dry run, then import inside safe mode (a failure is rolled back)' };
  }
  const caution =
    `RouterOS ${version.text} has no safe mode: if a line fails, the lines before it stay applied.` +
    (dryRun ? ' A dry run checks the script first.' : ' It has no dry run either (7.16+).');
  return { dryRun, safeMode, caution, method: dryRun ? 'dry run, then import' : 'import' };
}
