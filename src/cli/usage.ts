/** Help texts, and the errors a command reports without a stack trace. */

/** Misuse of the command line: reported on stderr with a pointer to the help, exit status 2. */
export class UsageError extends Error {
  /** The subcommand whose help to point to (`run`), or undefined for gclab's own. */
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
  }
}

/** A failure the user can act on (a file that cannot be read, python3 missing): one line on stderr. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

export const EXIT_STATUS_HELP = `Exit status: the scenario's own (0; 1 for an uncaught exception; 130 after
Ctrl-C, as python3); 2 for a usage error or a file that cannot be read; 3 when
a gclab limit (--max-steps, --max-objects) stopped the scenario; 70 for an
internal error (a bug in gclab).
`;

export const RUN_HELP = `Usage: gclab run [options] FILE.py [ARG...]
       gclab run [options] - [ARG...]      (the scenario is read from standard input)

Runs FILE.py (a scenario in the Python 3.11 subset of docs/scenarios.md) on the
simulated heap. Standard output and standard error are what python3 would
print, written as they are produced. ARGs after the scenario are its sys.argv[1:]
(sys.argv[0] is FILE.py as given). Ctrl-C raises KeyboardInterrupt in the
scenario, as in python3.

Options (before FILE.py; --opt VALUE and --opt=VALUE both work; -- ends them):
  --trace OUT.jsonl     also write the run's trace to OUT.jsonl (JSON Lines, format v1:
                        docs/trace-format.md), as the events happen
  --trace-level LEVEL   what the trace records: deaths (default), refs (also every
                        refcount change and the references between objects), all
                        (also every statement and the start-up objects)
  --explain             interleave a readable account of every death (which object,
                        what last held it, which statement dropped its last
                        reference), finalizer, weakref callback and collection with
                        the output (lines starting with '#', on standard output)
  --explain=all         the same, also for temporaries and start-up objects
  --max-steps N         stop after N evaluation steps (default 50000000)
  --max-objects N       at most N live objects made by the scenario (default
                        5000000); the interpreter's own start-up objects (builtins,
                        modules) are not counted. One more raises MemoryError.
  --gc-debug-checks     check the collector's lists between its phases (gc_refs,
                        marks, list links, no reclaimed object); slower, for
                        debugging gclab itself: a broken invariant is an internal error
  --schedule SPEC       where automatic collections happen: alloc:N:gG items
                        (collect generation G at the scenario's N-th GC-tracked
                        allocation), commas between them, thresholds:off to drop
                        the threshold rule; @FILE reads the items from FILE
  --gc-stress           collect every generation at every GC-tracked allocation
  -h, --help            this help

${EXIT_STATUS_HELP}`;

export const UNITTEST_HELP = `Usage: gclab unittest [options] FILE.py...
       gclab unittest [options] MODULE[.Class[.test]]...

Runs the tests of a unittest file on the simulated heap, the way
\`python3 -m unittest FILE.py\` runs them: the report goes to standard error in
CPython's format ('.', 'F', 'E', 's', 'x', 'u' per test, or one line per test
with -v; the failure blocks; 'Ran N tests in 0.000s'; 'OK' or 'FAILED (...)'),
and the exit status is 0 when every test passed, 1 otherwise. A path is
imported by its dotted name relative to the current folder (test/test_gc.py
is test.test_gc); a file outside it is imported from its own folder.

CPython's own test files run unchanged from CPython's Lib/ folder
(cd .../lib/python3.11 && gclab unittest test/test_weakref.py): their
package 'test' then gets gclab's test/__init__.py and test.support.

Options:
  -v, --verbose       one line per test
  -q, --quiet         no progress output
  -f, --failfast      stop at the first failure or error
  -k PATTERN          only the tests whose name matches PATTERN (a substring, or
                      an fnmatch pattern with '*'); may be given several times
  --json              after the run, one JSON line per test on standard output:
                      {"id": ..., "outcome": "passed"|"failed"|"error"|"skipped", "reason": ...}
  --max-steps N       stop after N evaluation steps (default 2000000000)
  --max-objects N     at most N live heap objects (default 5000000)
  -h, --help          this help
`;

export const CHECK_HELP = `Usage: gclab check [options] FILE.py...

Runs each scenario in gclab and in CPython 3.11 and compares standard output
and exit status (an exit by signal counts as 128+N, as a shell reports it).
A difference is shown as a diff: lines starting with '-' are python3's (the
expected output), lines starting with '+' are gclab's.

Options:
  --python PATH         the CPython 3.11 interpreter to compare with (default python3)
  --timeout SECONDS     stop a run (of either) that takes longer (default 60)
  --json                print one JSON object with every result instead of text
  -h, --help            this help

Exit status: 0 when all agree, 1 when any differ, 2 for a usage error or when
python3 is missing or not CPython 3.11.
`;

export const VIZ_HELP = `Usage: gclab viz [options] FILE.py

Runs FILE.py with its trace on and writes one self-contained HTML file that
steps through the run: the source with the current line, the output, the
object graph (frames and variables as roots, references, a refcount on every
object, generations as lanes, dead objects as ghosts with their cause) and
each collection phase by phase with every object's gc_refs. The file needs no
network: open it in any browser. Keys: left/right event, up/down source line,
PageUp/PageDown collection phase, Home/End; #step=N links to a step.
docs/viewer.md has a tour.

Options:
  -o, --output OUT.html  where to write the page (default: FILE.html beside FILE.py)
  --max-steps N          stop the scenario after N evaluation steps
  --max-objects N        at most N live objects made by the scenario
  -h, --help             this help

Exit status: 0 when the page was written (also when the scenario itself
failed: the viewer shows its traceback); 2 for a usage error or a file that
cannot be read or written; 70 for an internal error.
`;

export const SERVE_HELP = `Usage: gclab serve [--port N]

Serves the playground (an editor, Run, the output and the step-through viewer,
all running in the browser) on http://127.0.0.1:N/ until Ctrl-C. Only this
machine can reach it, and the page sends nothing anywhere: scenarios run in
the browser, and a shared link keeps the scenario in the address's #fragment.
docs/playground.md has the details.

Options:
  -p, --port N   the port (default 8765; 0 picks a free one)
  -h, --help     this help

Exit status: 0 after Ctrl-C; 2 when the port is in use or the playground is
not built (npm run build:web).
`;

export const EXPLORE_HELP = `Usage: gclab explore [options] FILE.py

Runs FILE.py under many collection schedules (docs/gc.md section 8) and
reports the first that breaks it. The default schedule runs first and is the
reference; then, in order: every single collection (each GC-tracked
allocation, generations 0, 1 and 2), every pair of them when all pairs fit
the budget, and seeded random schedules for the rest. A run fails when the
scenario raises (or an assert fails), its exit status, standard output or
standard error differs from the reference, or the heap verifier finds a
broken invariant. A failing schedule is shrunk (fewest, earliest collections,
lowest generations) and written to a replay file.

Options (--opt VALUE and --opt=VALUE both work):
  --budget N            schedules to try (default 1000)
  --seed N              seed of the random schedules (default 0)
  --time STEPS          also stop once the tried runs have taken STEPS evaluation
                        steps in all (a deterministic time budget: the host's
                        speed never changes what is tried or reported)
  --shrink-budget N     shrink candidates to try at most (default 500)
  --workers N           worker threads (default: the cores, at most 4); the
                        result is the same for any N
  --expect-output FILE  the expected standard output (default: the default
                        schedule's); the expected exit status is then 0
  --expect-exit N       the expected exit status (default 0)
  --replay-file PATH    where to write the failing schedule (default FILE.schedule)
  --max-steps N         evaluation-step limit of each run (default 50000000)
  --json                one JSON object with the result on standard output
  -h, --help            this help

Exit status: 0 when no schedule failed, 1 when one did (the replay command
is printed: gclab run --schedule @FILE.schedule FILE.py), 2 for a usage
error or a file that cannot be read.
`;

export const FUZZ_HELP = `Usage: gclab fuzz [options]

Generates seeded random programs (cycles, resurrection, __del__ and weakref
callbacks that print, raise or allocate, proxies, weak containers, finalize,
generators, explicit gc.collect calls), runs each in python3 and in gclab,
and compares exit status and standard output. Each program prints a marker
line ('== N') before each of its steps. A difference is shrunk to the fewest
steps that still show it and printed (or saved with --save).

Options (--opt VALUE and --opt=VALUE both work):
  --seed N          the seed (default 0): program i of seed N is always the same
  --count N         programs to run (default 100)
  --size N          about how many steps a program has (default 24)
  --mode MODE       strict: the outputs must be identical (the order of deaths
                    inside a collection counts); sorted: each step's lines are
                    compared as a set (what died in each step and collection)
                    (default strict)
  --python PATH     the CPython 3.11 interpreter (default python3)
  --jobs N          python3 processes at once (default 2); the report is the
                    same for any N
  --timeout SECONDS a python3 run that takes longer is skipped (default 30)
  --save DIR        write each shrunk difference to DIR as a regression
                    scenario: NAME.py and python3's NAME.out (NAME.exit when its
                    exit status is not 0)
  --max-shrink N    comparisons allowed to shrink one difference (default 400)
  --direct          run every program in its own python3 process (slower)
                    instead of the fork server (see docs/testing.md)
  --json            one JSON object with the result on standard output
  -h, --help        this help

Exit status: 0 when every program agrees, 1 when any differs, 2 for a usage
error or when python3 is missing or not CPython 3.11.
`;
