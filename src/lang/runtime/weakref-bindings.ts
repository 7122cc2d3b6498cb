/**
 * Binds the weakref layer's native objects (and the heap's set) to the
 * interpreter: their classes, methods and protocols.
 */
import { installSetBindings } from './set-bindings';
import { installInstanceDict } from './instance-dict';
import { installLazyIterators } from './lazy-iterators';
import type { Runtime } from './runtime';

export function installWeakrefBindings(rt: Runtime): void {
  installSetBindings(rt);
  installInstanceDict(rt);
  installLazyIterators(rt);
}
