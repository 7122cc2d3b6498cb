'use strict';
/**
 * Workload 5 (memory) runs here, in a child `node --expose-gc` started by
 * bench/run.js: global.gc() and process.memoryUsage().heapUsed around the
 * allocation of N live instances with two int attributes. Prints
 * {"bytes": <JS heap bytes per object>}.
 */
if (typeof global.gc !== 'function') {
  process.stderr.write('memory-child.js needs node --expose-gc\n');
  process.exit(2);
}
const { memory } = require('./workloads');
const n = Number(process.argv[2] || 1e6);
process.stdout.write(JSON.stringify(memory(n, global.gc)) + '\n');
