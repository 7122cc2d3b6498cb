# Bad \N{...} escapes are compile-time errors with CPython's exact unicode
# error text: an unknown name (positions from the backslash to the closing
# brace, counted in decode_unicode_with_escapes' buffer), a malformed \N,
# names with stray spaces, lower-case computed names (HANGUL SYLLABLE and
# CJK UNIFIED IDEOGRAPH match only in upper case), wrong hex widths, code
# points outside the ideograph ranges, and errors inside f-string literals
# and format specs. A program that compiles them with compile() sees the
# SyntaxError; nothing is left half-built.
cases = [
    '"\\N{FOO}"', '"ab\\N{FOO BAR}"', '"\\N{  BULLET}"', '"\\N{bullet }"', '"x\\N{BULLET}\\N{NOPE}"',
    '"\\N{hangul syllable ga}"', '"\\N{HANGUL SYLLABLE}"', '"\\N{HANGUL SYLLABLE GAX}"', '"\\N{HANGUL SYLLABLE G}"',
    '"\\N{CJK UNIFIED IDEOGRAPH-4e00}"', '"\\N{cjk unified ideograph-4E00}"', '"\\N{CJK UNIFIED IDEOGRAPH-4E0}"',
    '"\\N{CJK UNIFIED IDEOGRAPH-2A6E0}"', '"\\N{CJK UNIFIED IDEOGRAPH-004E0}"', '"\\N{CJK COMPATIBILITY IDEOGRAPH-0F900}"',
    '"\\N{TANGUT IDEOGRAPH-17000}"', '"\\N{KEYCAP NUMBER SIGN}"', '"\\N{LINE FEED (LF)}"',
    'f"x{1}\\N{FOO}"', 'f"\\N{EM DASH"', 'f"\\N{EM {1}"', "f\"{'x':a\\N{x}}\"", "f\"{'x':\\N}\"",
    '"\\N"', '"\\N{}"', "'''\n\\N{BULLET}\n\\N{NO SUCH}'''",
]
for src in cases:
    try:
        code = compile("x = " + src, "<case>", "exec")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    else:
        ns = {}
        exec(code, ns)
        print(repr(src), "=", ascii(ns["x"]))
