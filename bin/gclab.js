#!/usr/bin/env -S node --stack-size=3900
'use strict';
// The gclab command: a shim over the compiled CLI (src/cli/main.ts).
// --stack-size: a Python call takes several JS frames; with ~3.9 MB of the
// main thread's 8 MB stack, CPython's recursion limit of 1000 is reachable.
// A closed pipe (`gclab run x.py | head`) ends the command quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}
require('../dist/cli/main.js').main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
