/** The scenario language's public surface. */
export { StreamWriteError } from './runtime/stream-write-error';
export { runScenario, type ScenarioResult, type ScenarioOptions, type OutputChunk } from './scenario';
export { InteractiveSession, type InteractiveOptions, type PushResult } from './interactive';
export { why, type WhyAnswer, type WhyOptions } from './why';
export { type PathStep } from './interp/reference-path';
