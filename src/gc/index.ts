/** The gc layer's public surface. */
export {
  Collector,
  NUM_GENERATIONS,
  DEBUG_STATS,
  DEBUG_COLLECTABLE,
  DEBUG_UNCOLLECTABLE,
  DEBUG_SAVEALL,
  DEBUG_LEAK,
  type CollectionResult,
  type CollectorOptions,
  type GenerationStats,
} from './collector';
