/**
 * gclab's public facade: the heap, the cycle collector and the weakref
 * module. (`gclab` in package.json's `main` resolves here once built.)
 */
export * from './heap';
export * from './gc';
// TODO: `export * from './weakref';` once src/weakref/index.ts exists (it is
// being written); until then, the reference types are exported directly.
export * from './weakref/reference-type';
