#!/usr/bin/env node
// Writes docs/trace-format.schema.json from src/heap/trace-format.ts (run after `npm run build`).
const fs = require('fs');
const path = require('path');
const { traceSchema } = require('../dist/heap/trace-format.js');
fs.writeFileSync(path.join(__dirname, '..', 'docs', 'trace-format.schema.json'), JSON.stringify(traceSchema(), null, 2) + '\n');
