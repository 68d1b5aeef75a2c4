// The demo pair's lines, for scenarios that read their expectations from the demo files rather than
// writing line numbers and values down twice.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from './driver';
import { demoWorkspace } from './harness';

export const seattle = readFileSync(join(demoWorkspace, 'seattle.rsc'), 'utf8').split('\n');
export const boise = readFileSync(join(demoWorkspace, 'boise.rsc'), 'utf8').split('\n');

/** 1-based number of the first line that starts with `prefix`. */
export function lineStartingWith(lines: string[], prefix: string): number {
  const index = lines.findIndex((line) => line.startsWith(prefix));
  assert.ok(index >= 0, `no line starts with ${prefix}`);
  return index + 1;
}

/** The value of `property=` on the first `add` line after the menu line `menu`. */
export function valueUnder(lines: string[], menu: string, property: string): string {
  const add = lines[lineStartingWith(lines, menu)] ?? '';
  const value = new RegExp(`(?:^| )${property}=("[^"]*"|\\S+)`).exec(add)?.[1];
  assert.ok(value, `no ${property}= on the line after ${menu}: ${add}`);
  return value.replace(/^"|"$/g, '');
}

/** The text as a regular expression that matches it literally. */
export const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The demo's deliberate mistake: the pre-shared keys differ, reported on `file`. */
export const mismatchOn = (file: string) => (problem: Problem) => problem.file === file && problem.severity === 'error' && /pre-shared keys differ/.test(problem.message);
