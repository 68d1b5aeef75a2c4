// `routeros-ipsec check [--format text|json|sarif] [--ros-version X] <files or folders…>`: the editor's
// analysis for CI pipelines. The files are paired as the editor pairs a workspace. Exit code 1 when any
// error is found, 2 on a usage problem.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkWorkspace } from '../../../server/src/check';
import type { Finding } from '../../../server/src/analysis/finding';
import { rules } from '../../../server/src/analysis/rules/index';

export type Format = 'text' | 'json' | 'sarif';

interface Position { line: number; character: number }
interface Range { start: Position; end: Position }

export interface JsonDiagnostic {
  file: string;
  range: Range;
  severity: Finding['severity'];
  code: string;
  message: string;
  related: { file: string; range: Range; message: string }[];
}

function rscFiles(path: string): string[] {
  const stat = statSync(path);
  if (!stat.isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules')
    .flatMap((entry) => (entry.isDirectory() ? rscFiles(join(path, entry.name)) : entry.name.toLowerCase().endsWith('.rsc') ? [join(path, entry.name)] : []));
}

/** Diagnostics of the given files, with paths as given relative to `cwd` and 0-based LSP ranges. */
export function checkPaths(paths: readonly string[], version: string | undefined, cwd = process.cwd()): JsonDiagnostic[] {
  const files = paths.flatMap((path) => rscFiles(resolve(cwd, path))).map((path) => ({ uri: pathToFileURL(path).toString(), text: readFileSync(path, 'utf8') }));
  const documents = new Map(files.map((file) => [file.uri, TextDocument.create(file.uri, 'routeros', 1, file.text)]));
  const display = (uri: string) => relative(cwd, fileURLToPath(uri)) || uri;
  const range = (uri: string, span: Finding['span']): Range => {
    const document = documents.get(uri)!;
    return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
  };
  const results = checkWorkspace(files, version ? { version } : {});
  const out: JsonDiagnostic[] = [];
  for (const file of files) {
    for (const finding of results.get(file.uri) ?? []) {
      out.push({
        file: display(file.uri),
        range: range(file.uri, finding.span),
        severity: finding.severity,
        code: finding.code,
        message: finding.message,
        related: finding.related.filter((related) => documents.has(related.uri)).map((related) => ({ file: display(related.uri), range: range(related.uri, related.span), message: related.message })),
      });
    }
  }
  return out;
}

export function formatText(diagnostics: readonly JsonDiagnostic[]): string {
  const lines = diagnostics.map((d) => {
    const head = `${d.file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.code}: ${d.message}`;
    return [head, ...d.related.map((r) => `    ${r.file}:${r.range.start.line + 1}:${r.range.start.character + 1}: ${r.message}`)].join('\n');
  });
  const count = (severity: string) => diagnostics.filter((d) => d.severity === severity).length;
  lines.push(`${count('error')} error(s), ${count('warning')} warning(s), ${count('information')} information`);
  return lines.join('\n');
}

const sarifLevels: Readonly<Record<Finding['severity'], string>> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function formatSarif(diagnostics: readonly JsonDiagnostic[]): string {
  const region = (range: Range) => ({ startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 });
  const location = (file: string, range: Range) => ({ physicalLocation: { artifactLocation: { uri: file.split('\\').join('/') }, region: region(range) } });
  return JSON.stringify({
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [{
      tool: { driver: { name: 'routeros-ipsec', rules: rules.map((rule) => ({ id: rule.code, shortDescription: { text: rule.summary }, fullDescription: { text: `${rule.summary} (${rule.fact})` } })) } },
      results: diagnostics.map((d) => ({
        ruleId: d.code,
        level: sarifLevels[d.severity],
        message: { text: d.message },
        locations: [location(d.file, d.range)],
        relatedLocations: d.related.map((r, id) => ({ id, message: { text: r.message }, ...location(r.file, r.range) })),
      })),
    }],
  }, null, 2);
}

export interface CheckArguments {
  format: Format;
  version: string | undefined;
  paths: string[];
}

export function parseCheckArguments(argv: readonly string[]): CheckArguments | string {
  const parsed: CheckArguments = { format: 'text', version: undefined, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--format') {
      const format = argv[++i];
      if (format !== 'text' && format !== 'json' && format !== 'sarif') return `--format takes text, json or sarif (got ${format ?? 'nothing'})`;
      parsed.format = format;
    } else if (arg === '--ros-version') {
      parsed.version = argv[++i];
      if (!parsed.version) return '--ros-version takes a version, e.g. 7.16 or 6.48.6';
    } else if (arg.startsWith('--')) {
      return `unknown option ${arg}`;
    } else {
      parsed.paths.push(arg);
    }
  }
  return parsed.paths.length > 0 ? parsed : 'give at least one .rsc file or folder';
}

/** Runs `check`; returns the exit code. */
export function runCheck(argv: readonly string[], write: (text: string) => void = (text) => process.stdout.write(text + '\n')): number {
  const parsed = parseCheckArguments(argv);
  if (typeof parsed === 'string') {
    write(`routeros-ipsec check: ${parsed}\nusage: routeros-ipsec check [--format text|json|sarif] [--ros-version X] <files or folders…>`);
    return 2;
  }
  let diagnostics: JsonDiagnostic[];
  try {
    diagnostics = checkPaths(parsed.paths, parsed.version);
  } catch (error) {
    write(`routeros-ipsec check: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  write(parsed.format === 'json' ? JSON.stringify(diagnostics, null, 2) : parsed.format === 'sarif' ? formatSarif(diagnostics) : formatText(diagnostics));
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
