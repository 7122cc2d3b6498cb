/**
 * --explain: interleave a readable account of the heap's events with the
 * scenario's output. Each output chunk remembers how many events had been
 * recorded when it was written, so the account appears in program order.
 */
import type { TracedEvent } from '../heap';
import type { OutputChunk, ScenarioResult } from '../lang';

/** Kinds of objects the interpreter makes behind the scenes: their deaths are not narrated. */
const QUIET_TYPES = new Set([
  'builtin_function_or_method',
  'method',
  'cell',
  'frame',
  'traceback',
  'generator',
  'list_iterator',
  'tuple_iterator',
  'str_ascii_iterator',
  'range_iterator',
  'set_iterator',
  'dict_keyiterator',
  'dict_valueiterator',
  'dict_itemiterator',
  'dict_keys',
  'dict_values',
  'dict_items',
  'super',
  '_IterationGuard',
]);

export function describeEvent(e: TracedEvent, names: Map<number, string>): string | null {
  const who = (id: number, type: string) => `${type} #${id}`;
  if (e.kind === 'death' && QUIET_TYPES.has(e.type)) return null;
  switch (e.kind) {
    case 'alloc':
      names.set(e.id, e.type);
      return null;
    case 'death':
      return e.cause === 'cycle'
        ? `${who(e.id, e.type)} reclaimed as cyclic garbage by collection ${e.collection}`
        : `${who(e.id, e.type)} freed: its reference count dropped to 0${e.collection ? ` (while collection ${e.collection} broke cycles)` : ''}`;
    case 'finalize':
      return `${who(e.id, e.type)}.__del__ runs (${e.path === 'gc' ? 'found unreachable by the collector' : 'refcount reached 0'})`;
    case 'resurrect':
      return `${who(e.id, e.type)} was resurrected by a finalizer: it survives`;
    case 'weakrefs-cleared':
      return `${e.count} weakref(s) to ${who(e.id, e.type)} cleared by the collector`;
    case 'callback':
      return `weakref callback of ${who(e.ref, e.type)} runs`;
    case 'gc-start':
      return `collection ${e.collection} of generation ${e.generation} starts`;
    case 'gc-end':
      return `collection ${e.collection} ends: ${e.collected} collected, ${e.uncollectable} uncollectable`;
    case 'unraisable':
      return `exception ignored (${e.error}) in ${e.where}`;
    case 'note':
      return e.text;
    default:
      return null;
  }
}

export function explainEvents(result: ScenarioResult): OutputChunk[] {
  const events = result.trace?.events ?? [];
  const names = new Map<number, string>();
  const out: OutputChunk[] = [];
  let next = 0;
  const flushUntil = (n: number) => {
    for (; next < n && next < events.length; next++) {
      const line = describeEvent(events[next], names);
      if (line !== null) out.push({ stream: 'out', text: `# ${line}\n`, events: next });
    }
  };
  for (const chunk of result.chunks) {
    flushUntil(chunk.events);
    out.push(chunk);
  }
  flushUntil(events.length);
  return out;
}
