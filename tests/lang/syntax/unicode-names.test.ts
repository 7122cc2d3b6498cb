/**
 * The Unicode name table behind `\N{name}` escapes and unicodedata: listed
 * names round-trip through the compact encoding, lookups ignore ASCII case
 * for listed names and aliases only, computed names (Hangul syllables, CJK
 * ideographs and the hex families) follow CPython's _getcode, and an
 * unknown name in a literal is CPython's unicode error.
 */
import { codePointOfName, lookupNamedSequence, nameOfCodePoint } from '../../../src/lang/syntax/unicode-names';
import { parse } from '../../../src/lang/syntax/parser';

describe('unicode names', () => {
  test('known names and their code points (python3 unicodedata 14.0.0)', () => {
    const known: Array<[number, string]> = [
      [0x20, 'SPACE'], [0x41, 'LATIN CAPITAL LETTER A'], [0xdf, 'LATIN SMALL LETTER SHARP S'], [0x2022, 'BULLET'],
      [0x2014, 'EM DASH'], [0x3b1, 'GREEK SMALL LETTER ALPHA'], [0x1f600, 'GRINNING FACE'], [0x1d6a5, 'MATHEMATICAL ITALIC SMALL DOTLESS J'],
      [0xac00, 'HANGUL SYLLABLE GA'], [0xd7a3, 'HANGUL SYLLABLE HIH'], [0x4e00, 'CJK UNIFIED IDEOGRAPH-4E00'],
      [0x3134a, 'CJK UNIFIED IDEOGRAPH-3134A'], [0xf900, 'CJK COMPATIBILITY IDEOGRAPH-F900'], [0x1b170, 'NUSHU CHARACTER-1B170'],
      [0x18b00, 'KHITAN SMALL SCRIPT CHARACTER-18B00'], [0xe01ef, 'VARIATION SELECTOR-256'],
    ];
    for (const [cp, name] of known) {
      expect(nameOfCodePoint(cp)).toBe(name);
      expect(codePointOfName(name)).toBe(cp);
    }
  });

  test('characters without a name', () => {
    for (const cp of [0, 0x1f, 0x7f, 0xd800, 0xe000, 0x17000, 0x2a6e0, 0x10ffff]) expect(nameOfCodePoint(cp)).toBeUndefined();
  });

  test('every listed name decodes to a name that looks itself up', () => {
    for (let cp = 0; cp < 0x30000; cp += 7) {
      const name = nameOfCodePoint(cp);
      if (name !== undefined) expect(codePointOfName(name)).toBe(cp);
    }
  });

  test('case: listed names and aliases ignore ASCII case; computed names do not', () => {
    expect(codePointOfName('bullet')).toBe(0x2022);
    expect(codePointOfName('Line Feed')).toBe(0x0a);
    expect(codePointOfName('nushu character-1b170')).toBe(0x1b170);
    expect(codePointOfName('hangul syllable ga')).toBeUndefined();
    expect(codePointOfName('CJK UNIFIED IDEOGRAPH-4e00')).toBeUndefined();
    expect(codePointOfName('cjk unified ideograph-4E00')).toBeUndefined();
    // Py_TOUPPER is ASCII-only: a long s is no S.
    expect(codePointOfName('LATIN SMALL LETTER \u017fHARP S')).toBeUndefined();
  });

  test('computed names: hex widths, ranges and greedy jamo', () => {
    expect(codePointOfName('CJK UNIFIED IDEOGRAPH-04E00')).toBe(0x4e00);
    expect(codePointOfName('CJK UNIFIED IDEOGRAPH-4E0')).toBeUndefined();
    expect(codePointOfName('CJK UNIFIED IDEOGRAPH-2A6E0')).toBeUndefined();
    expect(codePointOfName('CJK COMPATIBILITY IDEOGRAPH-0F900')).toBeUndefined();
    expect(codePointOfName('HANGUL SYLLABLE GGAEG')).toBe(0xae69);
    expect(codePointOfName('HANGUL SYLLABLE A')).toBe(0xc544);
    expect(codePointOfName('HANGUL SYLLABLE')).toBeUndefined();
    expect(codePointOfName('HANGUL SYLLABLE GAX')).toBeUndefined();
    expect(codePointOfName('TANGUT IDEOGRAPH-17000')).toBeUndefined();
  });

  test('aliases are characters; named sequences are not', () => {
    expect(codePointOfName('BOM')).toBe(0xfeff);
    expect(codePointOfName('LATIN CAPITAL LETTER GHA')).toBe(0x1a2);
    expect(codePointOfName('KEYCAP NUMBER SIGN')).toBeUndefined();
    expect(lookupNamedSequence('keycap number sign')).toBe('#\ufe0f\u20e3');
    expect(lookupNamedSequence('BULLET')).toBeUndefined();
  });

  test('escapes in literals, and the unknown-name error', () => {
    const value = (src: string): unknown => {
      const tree = parse(`x = ${src}\n`, 's.py') as unknown as { body: Array<{ value: { value?: unknown } }> };
      return tree.body[0].value.value;
    };
    expect(value('"\\N{BULLET} \\N{em dash}"')).toBe('\u2022 \u2014');
    expect(value('b"\\N{BULLET}"')).toBe('\\N{BULLET}');
    expect(() => parse('x = "ab\\N{NO SUCH NAME}"\n', 's.py')).toThrow(
      "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-17: unknown Unicode character name",
    );
    expect(() => parse('x = "\\N{BULLET"\n', 's.py')).toThrow('malformed \\N character escape');
  });
});
