/** The scenario language's public surface. */
export { runScenario, type ScenarioResult, type ScenarioOptions, type OutputChunk } from './scenario';
