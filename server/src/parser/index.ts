// The parser's public face: RouterOS script text to syntax tree, and questions about the tree.
export type * from './ast';
export { parse } from './parse';
export { differentRouters, exportHeaderFacts, exportHeaderVersion, type HeaderFacts } from './header';
export { nodesAt, statementIndexAt, precedingStatementIndex } from './query';
export { BARE_NAME, BARE_VALUE, escapedInString, unquotedText, writtenValue } from './text';
export { MAX_DEPTH } from './containers';
