/**
 * Source files are decoded as python3 decodes them (PEP 263 cookies, BOM,
 * UTF-8 validity, NUL bytes, a backslash at end of file). The expected
 * stderr texts are python3 3.11.7's for the same bytes.
 */
import { runScenario } from '../../src/lang';
import { decodeSource } from '../../src/lang/syntax';
import { verifyHeap } from '../../src/heap';

const F = '/tmp/s.py';
const bytes = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function run(source: Uint8Array | string) {
  const r = runScenario(source, F);
  expect(() => verifyHeap(r.heap)).not.toThrow();
  return r;
}

describe('decoded and run', () => {
  test.each([
    ['a latin-1 cookie', bytes("# -*- coding: latin-1 -*-\ns = '\xe9\xff'\nprint(s, len(s))\n"), 'éÿ 2\n'],
    ['latin1, l1, iso_8859_1 and iso-latin-1 name the same codec', bytes("# coding: l1\nprint('\xe9')\n"), 'é\n'],
    ['iso-latin-1', bytes("# coding=iso-latin-1\nprint('\xe9')\n"), 'é\n'],
    ['a cookie on line 2 after a comment', bytes("#!/usr/bin/python\n# vim: set fileencoding=latin-1 :\nprint('\xe9')\n"), 'é\n'],
    ['a cookie on line 2 after a blank line', bytes("\n# coding: latin-1\nprint('\xe9')\n"), 'é\n'],
    ['cp1252 bytes 0x80-0x9f', bytes("# coding: cp1252\nprint('\x80\x96\x93')\n"), '€–\u201c\n'],
    ['windows-1252 is an alias of cp1252', bytes("# coding: windows-1252\nprint('\x80')\n"), '€\n'],
    ['iso-8859-15 has the euro at 0xa4', bytes("# coding: iso-8859-15\nprint('\xa4')\n"), '€\n'],
    ['an ASCII cookie over ASCII text', bytes('# coding: ascii\nprint(1)\n'), '1\n'],
    ['utf-8-sig and UTF8 are UTF-8', utf8("# coding: utf-8-sig\nprint('é')\n"), 'é\n'],
    ['a UTF-8 BOM is dropped', utf8("\uFEFFprint('bom')\n"), 'bom\n'],
    ['a BOM with a utf-8 cookie', utf8("\uFEFF# coding: utf-8\nprint('é')\n"), 'é\n'],
    ['UTF-8 without a cookie, 4-byte characters too', utf8("s = 'é😀'\nprint(len(s))\n"), '2\n'],
    ['CRLF and CR line endings', bytes("x = 1\r\ny = 2\rprint(x + y)\r\n"), '3\n'],
  ])('%s', (_name, source, stdout) => {
    const r = run(source);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(stdout);
    expect(r.exitCode).toBe(0);
  });
});

describe('refused as python3 refuses them (nothing runs, exit 1)', () => {
  test.each([
    ['a NUL byte', bytes("print(1)\nx = 1\x00\n"), `  File "${F}", line 2\n    x = 1\nSyntaxError: source code cannot contain null bytes\n`],
    ['a NUL byte in a comment (after a tokenizer error on line 1)', bytes("x = $\ny = 1 # \x00\n"), `  File "${F}", line 2\n    y = 1 # \nSyntaxError: source code cannot contain null bytes\n`],
    ['a NUL in a latin-1 file', bytes("# coding: latin-1\nprint(1)\nx = '\x00'\n"), `  File "${F}", line 3\n    x = '\nSyntaxError: source code cannot contain null bytes\n`],
    ['a NUL in text passed as a string', "print(1)\nx = 1\0\n", `  File "${F}", line 2\n    x = 1\nSyntaxError: source code cannot contain null bytes\n`],
    [
      'invalid UTF-8 without a cookie',
      bytes("print(1)\nx = '\xff'\n"),
      `SyntaxError: Non-UTF-8 code starting with '\\xff' in file ${F} on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n`,
    ],
    [
      'a truncated sequence at end of file, after a syntax error',
      bytes("x = = 1\nprint('\xc3')"),
      `SyntaxError: Non-UTF-8 code starting with '\\xc3' in file ${F} on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n`,
    ],
    [
      'an encoded surrogate',
      bytes('x = 1\n\xed\xa0\x80\n'),
      `SyntaxError: Non-UTF-8 code starting with '\\xed' in file ${F} on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n`,
    ],
    [
      'a bad byte before a NUL (lines are read in order)',
      bytes("x = '\xff'\ny = 1\x00\n"),
      `SyntaxError: Non-UTF-8 code starting with '\\xff' in file ${F} on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n`,
    ],
    ['a cookie on line 2 after code does not count', bytes("x = 1\n# coding: latin-1\nprint('\xe9')\n"), `SyntaxError: Non-UTF-8 code starting with '\\xe9' in file ${F} on line 3, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n`],
    ['an unknown encoding', bytes('# coding: foobar\nprint(1)\n'), 'SyntaxError: encoding problem: foobar\n'],
    ['a codec name CPython does not normalize', bytes('# coding: cp-1252\nprint(1)\n'), 'SyntaxError: encoding problem: cp-1252\n'],
    ['UTF-16 (not ASCII-compatible)', bytes('# coding: utf-16\nprint(1)\n'), 'SyntaxError: encoding problem: utf-16\n'],
    ['an ASCII cookie over a non-ASCII byte', bytes('# coding: ascii\nprint(1)\n#\xe9\n'), 'SyntaxError: encoding problem: ascii\n'],
    ['a BOM with a latin-1 cookie', bytes('\xef\xbb\xbf# coding: latin-1\nprint(1)\n'), 'SyntaxError: encoding problem: iso-8859-1 with BOM\n'],
    [
      'a bad byte under an explicit utf-8 cookie',
      bytes('# coding: utf-8\nx = 1 \xff\n'),
      `  File "${F}", line 2\n    x = 1 \uFFFD\n          ^\nSyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte\n`,
    ],
    ['a backslash at the end of the file', bytes('print(1)\nx = 1\\\n'), `  File "${F}", line 2\n    x = 1\\\n          ^\nSyntaxError: unexpected EOF while parsing\n`],
    ['a backslash at the end of the file without a newline', bytes('if 1:\n    x = 1 \\'), `  File "${F}", line 2\n    x = 1 \\\n           ^\nSyntaxError: unexpected EOF while parsing\n`],
    ['a BOM in the middle of a file', utf8('print(1)\n\uFEFFx = 1\n'), `  File "${F}", line 2\n    \uFEFFx=1\n    ^\nSyntaxError: invalid non-printable character U+FEFF\n`.replace('x=1', 'x = 1')],
  ])('%s', (_name, source, stderr) => {
    const r = run(source);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(stderr);
    expect(r.exitCode).toBe(1);
  });
});

test('decodeSource alone: the text, without the BOM', () => {
  expect(decodeSource(bytes('\xef\xbb\xbfx = 1\n'), F)).toBe('x = 1\n');
  expect(decodeSource(bytes("# coding: latin-1\n'\xe9'\n"), F)).toBe("# coding: latin-1\n'é'\n");
});
