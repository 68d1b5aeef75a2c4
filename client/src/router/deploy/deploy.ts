// Deploying a script: upload it (in parts if it is long), dry-run it where RouterOS can, import it
// (inside safe mode where RouterOS has it, so a failure is rolled back), clean up, and say what
// happened in a result the editor and the command line both present.
import type { RouterConnection } from '../connection';
import { RouterError, cancelledError, tooOldError } from '../errors';
import { collectSecrets, redact } from '../redact';
import type { RouterInfo } from '../router-info';
import { readImportFailure } from './import-failure';
import { countStatements, splitScript, type ScriptPart } from './parts';
import { planDeploy, type DeployPlan } from './plan';
import { featureVersions } from '../version';

export type DeployOutcome = 'applied' | 'dry-run-passed' | 'dry-run-failed' | 'rolled-back' | 'partly-applied' | 'cancelled';

export interface DeployFailure {
  /** 1-based line of the deployed file; undefined when the router named none. */
  readonly line: number | undefined;
  readonly column: number | undefined;
  /** The router's message, secrets masked. */
  readonly message: string;
}

export interface DeployResult {
  readonly outcome: DeployOutcome;
  readonly plan: DeployPlan;
  readonly failure: DeployFailure | undefined;
  /** One paragraph for the person who deployed. */
  readonly summary: string;
}

export interface DeployOptions {
  readonly script: string;
  /** How the file is called in messages (its name). */
  readonly fileLabel: string;
  readonly onProgress?: (step: string) => void;
  readonly signal?: AbortSignal;
  /** Stop after the dry run (command line `--dry-run`). */
  readonly dryRunOnly?: boolean;
}

interface Run {
  readonly connection: RouterConnection;
  readonly router: RouterInfo;
  readonly plan: DeployPlan;
  readonly options: DeployOptions;
  readonly secrets: string[];
  readonly files: string[];
  /** Parts imported for real so far: what a cancel without safe mode leaves behind. */
  imported: number;
}

function uploadName(index: number, count: number): string {
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  return `routeros-ipsec-deploy-${stamp}${count > 1 ? `-part${index + 1}` : ''}.rsc`;
}

function checkCancelled(run: Run): void {
  if (run.options.signal?.aborted) throw cancelledError();
}

async function upload(run: Run, parts: readonly ScriptPart[]): Promise<void> {
  for (const [index, part] of parts.entries()) {
    checkCancelled(run);
    const name = uploadName(index, parts.length);
    run.options.onProgress?.(`Uploading ${parts.length > 1 ? `part ${index + 1} of ${parts.length}` : run.options.fileLabel}…`);
    await run.connection.run('/file/add', { name, contents: part.text });
    run.files.push(name);
  }
}

/** Imports every part; returns the failure (mapped to the whole file's lines), or undefined. */
async function importParts(run: Run, parts: readonly ScriptPart[], dryRun: boolean): Promise<DeployFailure | undefined> {
  for (const [index, part] of parts.entries()) {
    checkCancelled(run);
    run.options.onProgress?.(`${dryRun ? 'Dry run' : 'Importing'}${parts.length > 1 ? ` part ${index + 1} of ${parts.length}` : ''}…`);
    const args: Record<string, string> = { 'file-name': run.files[index], verbose: 'yes' };
    if (dryRun) args['dry-run'] = '';
    try {
      await run.connection.run('/import', args);
      if (!dryRun) run.imported++;
    } catch (error) {
      if (!(error instanceof RouterError) || error.kind !== 'trap') throw error;
      const message = redact(error.message, run.secrets);
      const where = readImportFailure(message);
      return { line: where ? where.line + part.lineOffset : undefined, column: where?.column, message };
    }
  }
  return undefined;
}

async function removeUploads(run: Run): Promise<void> {
  for (const name of run.files) {
    await run.connection.run('/file/remove', { numbers: name }).catch(() => undefined);
  }
}

function describe(run: Run, outcome: DeployOutcome, failure: DeployFailure | undefined, statements: number): string {
  const target = `${run.router.identity} (RouterOS ${run.router.version.text})`;
  const at = failure?.line === undefined ? '' : ` at line ${failure.line}`;
  switch (outcome) {
    case 'applied':
      return `Applied ${run.options.fileLabel} to ${target}: ${statements} statement(s), ${run.plan.method}.`;
    case 'dry-run-passed':
      return `The dry run of ${run.options.fileLabel} on ${target} passed (${statements} statement(s)). Nothing was changed.`;
    case 'dry-run-failed':
      return `The dry run on ${target} stopped${at}: ${failure?.message}. Nothing was changed.`;
    case 'rolled-back':
      return `Import into ${target} failed${at}: ${failure?.message}. Safe mode rolled every change back; the router is as it was.`;
    case 'partly-applied':
      return `Import into ${target} failed${at}: ${failure?.message}. The lines before it stay applied (no safe mode before RouterOS 7.18).`;
    default:
      return `Deploy to ${target} cancelled. ${
        run.imported > 0 && !run.plan.safeMode ? `The first ${run.imported} part(s) stay applied.` : 'Nothing was changed.'
      }`;
  }
}

async function importForReal(run: Run, parts: readonly ScriptPart[]): Promise<{ outcome: DeployOutcome; failure?: DeployFailure }> {
  if (run.plan.safeMode) await run.connection.run('/safe-mode/take');
  let failure: DeployFailure | undefined;
  try {
    failure = await importParts(run, parts, false);
  } catch (error) {
    if (run.plan.safeMode && run.connection.isOpen) await run.connection.run('/safe-mode/unroll').catch(() => undefined);
    throw error;
  }
  if (!run.plan.safeMode) return failure ? { outcome: 'partly-applied', failure } : { outcome: 'applied' };
  if (failure) {
    await run.connection.run('/safe-mode/unroll');
    return { outcome: 'rolled-back', failure };
  }
  await run.connection.run('/safe-mode/release');
  return { outcome: 'applied' };
}

/**
 * Deploys `options.script` to a connected router whose identity and version are `router`.
 * Resolves with what happened; rejects only when the connection fails (a RouterError).
 */
export async function deployScript(connection: RouterConnection, router: RouterInfo, options: DeployOptions): Promise<DeployResult> {
  const plan = planDeploy(connection.endpoint, router.version);
  if (options.dryRunOnly && !plan.dryRun) {
    throw tooOldError(connection.endpoint, router.version.text, featureVersions.importDryRun, 'a dry run (/import dry-run)');
  }
  const run: Run = { connection, router, plan, options, secrets: collectSecrets(options.script), files: [], imported: 0 };
  const parts = splitScript(options.script);
  let outcome: DeployOutcome = options.dryRunOnly ? 'dry-run-passed' : 'applied';
  let failure: DeployFailure | undefined;
  try {
    await upload(run, parts);
    if (plan.dryRun) failure = await importParts(run, parts, true);
    if (failure) outcome = 'dry-run-failed';
    else if (!options.dryRunOnly) ({ outcome, failure } = await importForReal(run, parts));
  } catch (error) {
    if (!(error instanceof RouterError) || error.kind !== 'cancelled') throw error;
    outcome = 'cancelled';
  } finally {
    if (connection.isOpen) await removeUploads(run);
  }
  return { outcome, plan, failure, summary: describe(run, outcome, failure, countStatements(options.script)) };
}
