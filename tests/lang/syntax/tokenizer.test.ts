/**
 * Tokenizer tests. The first table was recorded from CPython 3.11.7's
 * `tokenize` module (NL and COMMENT tokens dropped: the C tokenizer that
 * feeds the parser does not produce them). Positions are compared except
 * for the columns of INDENT, NEWLINE, DEDENT and ENDMARKER, which the C
 * tokenizer places differently (tested separately below).
 */
import { SourceText, tokenize, type Token } from '../../../src/lang/syntax';

/** [source, [[type, text, line, col], ...]]. */
const CPYTHON_TOKENS: Array<[string, Array<[string, string, number, number]>]> = [
  [
    "def f(a, b=1):\n    if a:\n        return [a,\n                b]  # c\n\n    # only a comment\n    x = a \\\n        + b\n    return x\nprint(f(1))\n",
    [
      ["NAME", "def", 1, 0],
      ["NAME", "f", 1, 4],
      ["OP", "(", 1, 5],
      ["NAME", "a", 1, 6],
      ["OP", ",", 1, 7],
      ["NAME", "b", 1, 9],
      ["OP", "=", 1, 10],
      ["NUMBER", "1", 1, 11],
      ["OP", ")", 1, 12],
      ["OP", ":", 1, 13],
      ["NEWLINE", "", 1, 14],
      ["INDENT", "", 2, 0],
      ["NAME", "if", 2, 4],
      ["NAME", "a", 2, 7],
      ["OP", ":", 2, 8],
      ["NEWLINE", "", 2, 9],
      ["INDENT", "", 3, 0],
      ["NAME", "return", 3, 8],
      ["OP", "[", 3, 15],
      ["NAME", "a", 3, 16],
      ["OP", ",", 3, 17],
      ["NAME", "b", 4, 16],
      ["OP", "]", 4, 17],
      ["NEWLINE", "", 4, 23],
      ["DEDENT", "", 7, 4],
      ["NAME", "x", 7, 4],
      ["OP", "=", 7, 6],
      ["NAME", "a", 7, 8],
      ["OP", "+", 8, 8],
      ["NAME", "b", 8, 10],
      ["NEWLINE", "", 8, 11],
      ["NAME", "return", 9, 4],
      ["NAME", "x", 9, 11],
      ["NEWLINE", "", 9, 12],
      ["DEDENT", "", 10, 0],
      ["NAME", "print", 10, 0],
      ["OP", "(", 10, 5],
      ["NAME", "f", 10, 6],
      ["OP", "(", 10, 7],
      ["NUMBER", "1", 10, 8],
      ["OP", ")", 10, 9],
      ["OP", ")", 10, 10],
      ["NEWLINE", "", 10, 11],
      ["ENDMARKER", "", 11, 0],
    ],
  ],
  [
    "x = 0x1F + 0o17 + 0b1_01 + 1_000 + 3.14 + .5 + 5. + 1e-3 + 1E+10\ny = 'a' \"b\" r'\\d' Rb'x' f'{x!r}' F\"{y:>3}\"\nz = '''one\ntwo''' + \"\"\"three\"\"\"\n",
    [
      ["NAME", "x", 1, 0],
      ["OP", "=", 1, 2],
      ["NUMBER", "0x1F", 1, 4],
      ["OP", "+", 1, 9],
      ["NUMBER", "0o17", 1, 11],
      ["OP", "+", 1, 16],
      ["NUMBER", "0b1_01", 1, 18],
      ["OP", "+", 1, 25],
      ["NUMBER", "1_000", 1, 27],
      ["OP", "+", 1, 33],
      ["NUMBER", "3.14", 1, 35],
      ["OP", "+", 1, 40],
      ["NUMBER", ".5", 1, 42],
      ["OP", "+", 1, 45],
      ["NUMBER", "5.", 1, 47],
      ["OP", "+", 1, 50],
      ["NUMBER", "1e-3", 1, 52],
      ["OP", "+", 1, 57],
      ["NUMBER", "1E+10", 1, 59],
      ["NEWLINE", "", 1, 64],
      ["NAME", "y", 2, 0],
      ["OP", "=", 2, 2],
      ["STRING", "'a'", 2, 4],
      ["STRING", "\"b\"", 2, 8],
      ["STRING", "r'\\d'", 2, 12],
      ["STRING", "Rb'x'", 2, 18],
      ["STRING", "f'{x!r}'", 2, 24],
      ["STRING", "F\"{y:>3}\"", 2, 33],
      ["NEWLINE", "", 2, 42],
      ["NAME", "z", 3, 0],
      ["OP", "=", 3, 2],
      ["STRING", "'''one\ntwo'''", 3, 4],
      ["OP", "+", 4, 7],
      ["STRING", "\"\"\"three\"\"\"", 4, 9],
      ["NEWLINE", "", 4, 20],
      ["ENDMARKER", "", 5, 0],
    ],
  ],
  [
    "a **= b // c >> 2\nb <<= c != d <= e >= f == g -> h\nc = x[1:2] if y else {z: ...}\n",
    [
      ["NAME", "a", 1, 0],
      ["OP", "**=", 1, 2],
      ["NAME", "b", 1, 6],
      ["OP", "//", 1, 8],
      ["NAME", "c", 1, 11],
      ["OP", ">>", 1, 13],
      ["NUMBER", "2", 1, 16],
      ["NEWLINE", "", 1, 17],
      ["NAME", "b", 2, 0],
      ["OP", "<<=", 2, 2],
      ["NAME", "c", 2, 6],
      ["OP", "!=", 2, 8],
      ["NAME", "d", 2, 11],
      ["OP", "<=", 2, 13],
      ["NAME", "e", 2, 16],
      ["OP", ">=", 2, 18],
      ["NAME", "f", 2, 21],
      ["OP", "==", 2, 23],
      ["NAME", "g", 2, 26],
      ["OP", "->", 2, 28],
      ["NAME", "h", 2, 31],
      ["NEWLINE", "", 2, 32],
      ["NAME", "c", 3, 0],
      ["OP", "=", 3, 2],
      ["NAME", "x", 3, 4],
      ["OP", "[", 3, 5],
      ["NUMBER", "1", 3, 6],
      ["OP", ":", 3, 7],
      ["NUMBER", "2", 3, 8],
      ["OP", "]", 3, 9],
      ["NAME", "if", 3, 11],
      ["NAME", "y", 3, 14],
      ["NAME", "else", 3, 16],
      ["OP", "{", 3, 21],
      ["NAME", "z", 3, 22],
      ["OP", ":", 3, 23],
      ["OP", "...", 3, 25],
      ["OP", "}", 3, 28],
      ["NEWLINE", "", 3, 29],
      ["ENDMARKER", "", 4, 0],
    ],
  ],
  [
    "class C:\n\tpass\nif x:\n    if y:\n        pass\n# dedent two levels at once\nz\n",
    [
      ["NAME", "class", 1, 0],
      ["NAME", "C", 1, 6],
      ["OP", ":", 1, 7],
      ["NEWLINE", "", 1, 8],
      ["INDENT", "", 2, 0],
      ["NAME", "pass", 2, 1],
      ["NEWLINE", "", 2, 5],
      ["DEDENT", "", 3, 0],
      ["NAME", "if", 3, 0],
      ["NAME", "x", 3, 3],
      ["OP", ":", 3, 4],
      ["NEWLINE", "", 3, 5],
      ["INDENT", "", 4, 0],
      ["NAME", "if", 4, 4],
      ["NAME", "y", 4, 7],
      ["OP", ":", 4, 8],
      ["NEWLINE", "", 4, 9],
      ["INDENT", "", 5, 0],
      ["NAME", "pass", 5, 8],
      ["NEWLINE", "", 5, 12],
      ["DEDENT", "", 7, 0],
      ["DEDENT", "", 7, 0],
      ["NAME", "z", 7, 0],
      ["NEWLINE", "", 7, 1],
      ["ENDMARKER", "", 8, 0],
    ],
  ],
  [
    "x = (1,\n     2,\n)\ny = 1",
    [
      ["NAME", "x", 1, 0],
      ["OP", "=", 1, 2],
      ["OP", "(", 1, 4],
      ["NUMBER", "1", 1, 5],
      ["OP", ",", 1, 6],
      ["NUMBER", "2", 2, 5],
      ["OP", ",", 2, 6],
      ["OP", ")", 3, 0],
      ["NEWLINE", "", 3, 1],
      ["NAME", "y", 4, 0],
      ["OP", "=", 4, 2],
      ["NUMBER", "1", 4, 4],
      ["NEWLINE", "", 4, 5],
      ["ENDMARKER", "", 5, 0],
    ],
  ],
];

function tokens(source: string): Token[] {
  return tokenize(new SourceText(source, 't.py')).tokens;
}

function kinds(source: string): string[] {
  return tokens(source).map((t) => (t.value === '' ? t.type : `${t.type}:${t.value}`));
}

describe('tokenizer: agrees with CPython tokenize', () => {
  it.each(CPYTHON_TOKENS)('%j', (source, expected) => {
    const got = tokens(source).map((t): [string, string, number, number] => [t.type, t.value, t.line, t.col]);
    const positioned = (row: [string, string, number, number]): Array<string | number> =>
      row[0] === 'DEDENT' || row[0] === 'ENDMARKER' ? row.slice(0, 2) : row[0] === 'INDENT' || row[0] === 'NEWLINE' ? row.slice(0, 3) : row;
    expect(got.map(positioned)).toEqual(expected.map(positioned));
  });
});

describe('tokenizer: indentation', () => {
  it('emits one DEDENT per closed level, and closes every level at end of file', () => {
    expect(kinds('if a:\n    if b:\n        c\nd\nif e:\n  f')).toEqual([
      'NAME:if', 'NAME:a', 'OP::', 'NEWLINE', 'INDENT', 'NAME:if', 'NAME:b', 'OP::', 'NEWLINE', 'INDENT', 'NAME:c', 'NEWLINE',
      'DEDENT', 'DEDENT', 'NAME:d', 'NEWLINE', 'NAME:if', 'NAME:e', 'OP::', 'NEWLINE', 'INDENT', 'NAME:f', 'NEWLINE',
      'DEDENT', 'ENDMARKER',
    ]);
  });

  it('ignores blank lines, comment lines and indentation inside brackets', () => {
    expect(kinds('x = [\n  1,\n      2]\n\n   # c\ny\n')).toEqual([
      'NAME:x', 'OP:=', 'OP:[', 'NUMBER:1', 'OP:,', 'NUMBER:2', 'OP:]', 'NEWLINE', 'NAME:y', 'NEWLINE', 'ENDMARKER',
    ]);
  });

  it('joins lines after a backslash', () => {
    expect(kinds('x = 1 + \\\n    2\n')).toEqual(['NAME:x', 'OP:=', 'NUMBER:1', 'OP:+', 'NUMBER:2', 'NEWLINE', 'ENDMARKER']);
  });

  it('accepts CRLF and CR line ends and a byte-order mark', () => {
    expect(kinds('\uFEFFif a:\r\n    b\rc\n')).toEqual([
      'NAME:if', 'NAME:a', 'OP::', 'NEWLINE', 'INDENT', 'NAME:b', 'NEWLINE', 'DEDENT', 'NAME:c', 'NEWLINE', 'ENDMARKER',
    ]);
  });

  it('places INDENT one column before the first token, as the C tokenizer does', () => {
    const indent = tokens('if a:\n    b\n').find((t) => t.type === 'INDENT');
    expect(indent).toMatchObject({ line: 2, col: 3, endLine: 2, endCol: 4 });
  });

  it('starts a NEWLINE at the comment before it, as the C tokenizer does', () => {
    expect(tokens('x = 1  # note\ny\n')[3]).toMatchObject({ type: 'NEWLINE', line: 1, col: 7 });
    expect(tokens('x = 1\n')[3]).toMatchObject({ type: 'NEWLINE', line: 1, col: 5, endCol: 6 });
  });

  it('gives a DEDENT inside the file column -1, as CPython (reported as offset 0)', () => {
    const dedent = tokens('if a:\n    b\nc\n').find((t) => t.type === 'DEDENT');
    expect(dedent).toMatchObject({ line: 3, col: -1 });
  });

  it('records the bracket depth in front of each token', () => {
    expect(tokens('f(a[1])').map((t) => t.level)).toEqual([0, 0, 1, 1, 2, 2, 1, 0, 0]);
  });

  it('leaves an unclosed bracket for the parser to report', () => {
    const stream = tokenize(new SourceText('x = (1,\n  [2\n', 't.py'));
    expect(stream.unclosed).toEqual({ char: '[', line: 2, col: 2 });
  });
});

describe('tokenizer: numbers', () => {
  it.each([
    '0', '00', '0_0', '1_000', '0x_Ff', '0O17', '0b1_0', '1.5', '.5', '5.', '1e10', '1E-3', '1_0.0_1e+1_0', '2j', '012.5',
  ])('%s is one NUMBER', (source) => {
    expect(kinds(source)).toEqual([`NUMBER:${source}`, 'NEWLINE', 'ENDMARKER']);
  });

  it('ends a number before a keyword that may follow it (CPython only warns)', () => {
    expect(kinds('1if x else 2')).toEqual(['NUMBER:1', 'NAME:if', 'NAME:x', 'NAME:else', 'NUMBER:2', 'NEWLINE', 'ENDMARKER']);
    expect(kinds('1else')).toEqual(['NUMBER:1', 'NAME:else', 'NEWLINE', 'ENDMARKER']);
  });
});

describe('tokenizer: strings', () => {
  it('reads every prefix and quote form as one STRING', () => {
    const source = `a = r'\\'' + rb"x" + BR'y' + f'{"q"}' + Rf"{x}" + u'z' + '''t\n''' + """u"""`;
    expect(tokens(source).filter((t) => t.type === 'STRING').map((t) => t.value)).toEqual([
      "r'\\''", 'rb"x"', "BR'y'", `f'{"q"}'`, 'Rf"{x}"', "u'z'", "'''t\n'''", '"""u"""',
    ]);
  });

  it('lets a triple-quoted string span lines and keeps counting them', () => {
    const [, , str, next] = tokens("s = '''a\nb\n'''\nx\n");
    expect(str).toMatchObject({ type: 'STRING', line: 1, col: 4, endLine: 3, endCol: 3 });
    expect(next).toMatchObject({ type: 'NEWLINE', line: 3 });
  });

  it('continues a single-quoted string after backslash-newline', () => {
    expect(kinds("s = 'a\\\nb'\n")).toEqual(['NAME:s', 'OP:=', "STRING:'a\\\nb'", 'NEWLINE', 'ENDMARKER']);
  });

  it('does not take `ur` as a prefix', () => {
    expect(kinds("ur'x'")).toEqual(['NAME:ur', "STRING:'x'", 'NEWLINE', 'ENDMARKER']);
  });
});

describe('tokenizer: names and operators', () => {
  it('normalizes identifiers to NFKC, as Python does', () => {
    expect(tokens('\uFB01 = 1')[0].value).toBe('fi');
  });

  it('takes the longest operator', () => {
    expect(kinds('a**=b//=c>>=d...e->f!=g')).toEqual([
      'NAME:a', 'OP:**=', 'NAME:b', 'OP://=', 'NAME:c', 'OP:>>=', 'NAME:d', 'OP:...', 'NAME:e', 'OP:->', 'NAME:f', 'OP:!=', 'NAME:g',
      'NEWLINE', 'ENDMARKER',
    ]);
  });

  it('marks stray ASCII characters as ERRORTOKEN (the parser reports invalid syntax)', () => {
    expect(kinds('a $ b')).toEqual(['NAME:a', 'ERRORTOKEN:$', 'NAME:b', 'NEWLINE', 'ENDMARKER']);
  });
});

describe('tokenizer: f-string fields', () => {
  it('tokenizes a range of the source as the inside of parentheses', () => {
    const source = new SourceText("f'''{a +\n b}'''", 't.py');
    const stream = tokenize(source, { range: { start: 5, end: 11 } });
    expect(stream.tokens.map((t) => `${t.type}:${t.value}@${t.line}:${t.col}`)).toEqual([
      'NAME:a@1:5', 'OP:+@1:7', 'NAME:b@2:1', 'ENDMARKER:@2:2',
    ]);
  });
});
