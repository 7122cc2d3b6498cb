#!/usr/bin/env -S node --stack-size=3900
'use strict';
// The gclab command: a shim over the compiled CLI (src/cli/main.ts).
// --stack-size: a Python call takes several JS frames; with ~3.9 MB of the
// main thread's 8 MB stack, CPython's recursion limit of 1000 is reachable.
// Started as `node bin/gclab.js` (without the flag), it runs itself again
// with it.
const STACK = '--stack-size=3900';
if (!process.execArgv.some((a) => a.startsWith('--stack-size'))) {
  const { spawnSync } = require('child_process');
  const r = spawnSync(process.execPath, [...process.execArgv, STACK, __filename, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(r.status === null ? 1 : r.status);
}
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
