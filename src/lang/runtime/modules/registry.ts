/**
 * The builtin modules implemented in TypeScript, by import name (CPython's
 * inittab, found by BuiltinImporter before any file). Each module is one
 * file in this folder; gc, sys and weakref are made at start-up by the
 * interpreter instead.
 */
import type { ModuleObject } from '../function-object';
import type { Runtime } from '../runtime';
import { makeAtexitModule } from './atexit-module';
import { makeErrnoModule } from './errno-module';
import { makeMathModule } from './math-module';
import { makeFunctoolsModule } from './functools-module';
import { makeGclabModule } from './gclab-module';
import { makeTestcapiModule } from './testcapi-module';
import { makeUnicodedataModule } from './unicodedata-module';
import { makeWeakrefCModule } from './weakref-c-module';

export type NativeModuleFactory = (rt: Runtime) => ModuleObject;

const factories = new Map<string, NativeModuleFactory>([
  ['atexit', makeAtexitModule],
  ['errno', makeErrnoModule],
  ['math', makeMathModule],
  ['_functools', makeFunctoolsModule],
  ['_gclab', makeGclabModule],
  ['_testcapi', makeTestcapiModule],
  ['unicodedata', makeUnicodedataModule],
  ['_weakref', makeWeakrefCModule],
]);

/** The factory of builtin module `name`, if gclab implements it natively. */
export function nativeModuleFactory(name: string): NativeModuleFactory | undefined {
  return factories.get(name);
}
