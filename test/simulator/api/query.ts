// The API's query words for print (`?name=x`, `?<name=x`, `?-name`, `?#|!&.`): a stack of
// booleans, initially endless `true`s; an item is returned unless a `false` remains.
import type { Row } from './outcome';

function compare(left: string, right: string): number {
  const a = Number(left);
  const b = Number(right);
  if (left !== '' && right !== '' && !Number.isNaN(a) && !Number.isNaN(b)) return a - b;
  return left < right ? -1 : left > right ? 1 : 0;
}

function test(row: Row, word: string): boolean {
  const body = word.slice(1);
  if (body.startsWith('-')) return row[body.slice(1)] === undefined;
  const operator = body[0] === '<' || body[0] === '>' ? body[0] : '';
  const rest = operator ? body.slice(1) : body;
  const equals = rest.indexOf('=');
  if (equals < 0) return row[rest] !== undefined;
  const value = row[rest.slice(0, equals)];
  if (value === undefined) return false;
  const wanted = rest.slice(equals + 1);
  if (operator === '<') return compare(value, wanted) < 0;
  if (operator === '>') return compare(value, wanted) > 0;
  return value === wanted;
}

function applyOperations(stack: boolean[], operations: string): boolean[] {
  const pop = () => (stack.length ? (stack.pop() as boolean) : true);
  let afterIndex = false;
  for (let i = 0; i < operations.length; i++) {
    const char = operations[i];
    if (/\d/.test(char)) {
      let digits = char;
      while (/\d/.test(operations[i + 1] ?? '')) digits += operations[++i];
      const value = stack[stack.length - 1 - Number(digits)] ?? true;
      if (i === operations.length - 1) return [value];
      stack.push(value);
      afterIndex = true;
      continue;
    }
    if (char === '.' && afterIndex) {
      afterIndex = false;
      continue;
    }
    afterIndex = false;
    if (char === '!') stack.push(!pop());
    else if (char === '&' || char === '|') {
      const [top, next] = [pop(), pop()]; // both pops always happen: no short-circuit
      stack.push(char === '&' ? top && next : top || next);
    }
    else if (char === '.') stack.push(stack.length ? stack[stack.length - 1] : true);
  }
  return stack;
}

export function matchesQuery(row: Row, queries: readonly string[]): boolean {
  let stack: boolean[] = [];
  for (const word of queries) {
    if (word.startsWith('?#')) stack = applyOperations(stack, word.slice(2));
    else stack.push(test(row, word));
  }
  return stack.every(Boolean);
}
