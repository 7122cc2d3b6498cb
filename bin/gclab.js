#!/usr/bin/env node
'use strict';
// The gclab command: a shim over the compiled CLI (src/cli/main.ts).
require('../dist/cli/main.js').main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
