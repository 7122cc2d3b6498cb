#!/usr/bin/env node
'use strict';
// The gclab command: a shim over the compiled CLI (src/cli/main.ts). The
// scenario runs in a worker thread with its own large stack (see
// src/cli/scenario-thread.ts): one process, so signals reach gclab itself.
require('../dist/cli/main.js')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
