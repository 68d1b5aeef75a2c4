// The language features as plain functions of a RouterDocument (and the workspace): server.ts wires
// them to the protocol. None of them touches the connection, and none throws on bad input.
export { completion } from './completion/index';
export { hover } from './hover/index';
export { coreDiagnostics, CoreDiagnosticsJob } from './diagnostics/index';
export type { CoreCode } from './diagnostics/report';
export { documentSymbols } from './outline/symbols';
export { foldingRanges } from './outline/folding';
export { definition, references } from './navigation/definition';
export { prepareRename, rename, type RenameRefusal } from './navigation/rename';
export { rememberNames } from './navigation/names';
