/** The gc layer's public surface. */
export { Collector, type CollectorOptions } from './collector';
export { NUM_GENERATIONS } from './gc-api';
export {
  DEBUG_STATS,
  DEBUG_COLLECTABLE,
  DEBUG_UNCOLLECTABLE,
  DEBUG_SAVEALL,
  DEBUG_LEAK,
  type CollectionResult,
  type GenerationStats,
} from './gc-debug';
export { validateList, validateRefs, type FlagState } from './validate';
export { CollectionSchedule, ScheduleSyntaxError, parseSchedule, type ScheduledCollection } from './schedule';
