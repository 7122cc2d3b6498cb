/**
 * Tracebacks printed by the gclab command itself (an uncaught exception,
 * `Exception ignored in`) carry 3.11's caret lines as Python/traceback.c
 * prints them: `~` under a binary operation's operands and `^` under its
 * operator (the C rule for `(a)+b`), `~`/`^` for subscripts, none when the
 * carets would cover the whole line, up to the last non-blank character
 * for an expression spanning lines, the source line's trailing whitespace
 * kept, display columns for wide characters, and the running frame added
 * to an unraisable exception that has no traceback. Each expected text is
 * what python3 3.11.7 printed for the same file (FILE stands for its path).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ensureBuilt, gclab } from './bin';

interface Case {
  name: string;
  source: string;
  stdout: string;
  stderr: string;
  status: number;
}

const CASES: Case[] = [
  {
    name: "assert_name",
    source: "def f(x):\n    assert x\nf(0)\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"FILE\", line 3, in <module>\n    f(0)\n  File \"FILE\", line 2, in f\n    assert x\nAssertionError\n",
    status: 1,
  },
  {
    name: "assert_compare_msg",
    source: "def f(x):\n    assert x > 1, 'too small'\nf(0)\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"FILE\", line 3, in <module>\n    f(0)\n  File \"FILE\", line 2, in f\n    assert x > 1, 'too small'\n           ^^^^^\nAssertionError: too small\n",
    status: 1,
  },
  {
    name: "assert_and_compare",
    source: "o = 1\nx = 0\nassert o and x > 1\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"FILE\", line 3, in <module>\n    assert o and x > 1\n                 ^^^^^\nAssertionError\n",
    status: 1,
  },
  {
    name: "assert_not_compare",
    source: "x = 0\nassert not x < 1\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"FILE\", line 2, in <module>\n    assert not x < 1\n               ^^^^^\nAssertionError\n",
    status: 1,
  },
  {
    name: "assert_call",
    source: "def f():\n    return 0\nassert f(), 'f failed'\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"FILE\", line 3, in <module>\n    assert f(), 'f failed'\nAssertionError: f failed\n",
    status: 1,
  },
  {
    name: "binop_parens",
    source: "a = 1\nb = \"x\"\nc = (a)+b\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"FILE\", line 3, in <module>\n    c = (a)+b\n        ~~~^~\nTypeError: unsupported operand type(s) for +: 'int' and 'str'\n",
    status: 1,
  },
  {
    name: "trailing_space",
    source: "def f(*a):\n    raise ValueError\nf()   \n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"FILE\", line 3, in <module>\n    f()   \n    ^^^\n  File \"FILE\", line 2, in f\n    raise ValueError\nValueError\n",
    status: 1,
  },
  {
    name: "tab_indent",
    source: "def f(*a):\n    raise ValueError\nif 1:\n \t  f()\t\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"FILE\", line 4, in <module>\n    f()\t\n    ^^^\n  File \"FILE\", line 2, in f\n    raise ValueError\nValueError\n",
    status: 1,
  },
  {
    name: "multiline_elided",
    source: "def f(*a):\n    raise ValueError\nf(1,\n  2)\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"FILE\", line 3, in <module>\n    f(1,\n  File \"FILE\", line 2, in f\n    raise ValueError\nValueError\n",
    status: 1,
  },
  {
    name: "multiline_carets",
    source: "def f(*a):\n    raise ValueError\nf(1,   \n  2)\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"FILE\", line 3, in <module>\n    f(1,   \n    ^^^^\n  File \"FILE\", line 2, in f\n    raise ValueError\nValueError\n",
    status: 1,
  },
  {
    name: "subscript_spaces",
    source: "a = {}\nx = a  [ 5 ]\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"FILE\", line 2, in <module>\n    x = a  [ 5 ]\n        ~~~^^^^^\nKeyError: 5\n",
    status: 1,
  },
  {
    name: "wide_chars",
    source: "def g(w):\n    return {\"日本\": 1}[w]\nx = \"日本\" + str(g(\"語\"))\n",
    stdout: "",
    stderr: "Traceback (most recent call last):\n  File \"FILE\", line 3, in <module>\n    x = \"日本\" + str(g(\"語\"))\n                     ^^^^^^^\n  File \"FILE\", line 2, in g\n    return {\"日本\": 1}[w]\n           ~~~~~~~~~~~^^^\nKeyError: '語'\n",
    status: 1,
  },
  {
    name: "del_callback",
    source: "import weakref\nclass A: pass\na = A()\nr = weakref.ref(a, len)\ndel a\nprint(\"end\")\n",
    stdout: "end\n",
    stderr: "Exception ignored in: <built-in function len>\nTraceback (most recent call last):\n  File \"FILE\", line 5, in <module>\n    del a\n        ^\nTypeError: object of type 'weakref.ReferenceType' has no len()\n",
    status: 0,
  },
  {
    name: "store_callback",
    source: "import weakref\nclass A: pass\na = A()\nr = weakref.ref(a, int)\nx = 1; a = None\n",
    stdout: "",
    stderr: "Exception ignored in: <class 'int'>\nTraceback (most recent call last):\n  File \"FILE\", line 5, in <module>\n    x = 1; a = None\n           ^\nTypeError: int() argument must be a string, a bytes-like object or a real number, not 'weakref.ReferenceType'\n",
    status: 0,
  },
];

beforeAll(() => ensureBuilt());

test.each(CASES.map((c) => [c.name, c] as const))('%s: gclab run prints python3\'s traceback', (_name, c) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gclab-carets-'));
  const file = path.join(dir, 'scenario.py');
  fs.writeFileSync(file, c.source);
  const r = gclab(['run', file]);
  expect({ stdout: r.out, stderr: r.err.split(file).join('FILE'), status: r.status }).toEqual({
    stdout: c.stdout,
    stderr: c.stderr,
    status: c.status,
  });
});
