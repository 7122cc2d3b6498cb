/** Help texts and the usage error of the gclab command. */
export class UsageError extends Error {}

export const MAIN_HELP = `gclab: a deterministic simulation of CPython 3.11's garbage collection and weakrefs

Usage:
  gclab run [options] FILE.py     run a scenario and print what python3 would print
  gclab check FILE.py...          run scenarios in gclab and in python3, show differences
  gclab --help | --version

Run 'gclab run --help' for the options of run.
Exit status: the scenario's own (0, or 1 for an uncaught exception); 2 for a usage
error; 3 when a gclab limit (--max-steps, --max-objects) stopped the scenario.
`;

export const RUN_HELP = `Usage: gclab run [options] FILE.py

Runs FILE.py (a scenario in the Python 3.11 subset of docs/scenarios.md) on the
simulated heap. Standard output and standard error are what python3 would print.

Options:
  --trace OUT.jsonl     also write the heap's event stream (JSON Lines) to OUT.jsonl
  --explain             interleave a readable account of every death, finalizer,
                        weakref callback and collection with the output (lines
                        starting with '#', on standard output)
  --max-steps N         stop after N evaluation steps (default 50000000)
  --max-objects N       at most N live heap objects (default 5000000)
  --gc-debug-checks     check the collector's lists between its phases (gc_refs,
                        marks, list links, no reclaimed object); slower, for
                        debugging gclab itself: a broken invariant is an internal error
  -h, --help            this help
`;

export const CHECK_HELP = `Usage: gclab check FILE.py...

Runs each scenario in gclab and in python3 (when python3 is on PATH) and shows a
diff of standard output and exit status. Exit status 0 when all agree, 1 otherwise.
`;
