# format(n, 'c'), '%c' and chr() check their argument in different orders:
# format converts to a C long first (format_long_internal), '%c' and chr()
# check the code point range (with chr() converting to a C int).
cases = [
    "format(65, 'c')", "format(0x10ffff, 'c') == chr(0x10ffff)", "format(0x110000, 'c')",
    "format(-1, 'c')", "format(10**20, 'c')", "format(-10**20, 'c')", "format(2**63, 'c')",
    "format(2**63 - 1, 'c')", "format(65, '+c')", "format(65, '#c')", "format(65, '>4c')",
    "'%c' % 10**20", "'%c' % (2**31)", "'%c' % 'ab'", "'%c' % 66.0", "'%5c|' % 'x'",
    "chr(10**20)", "chr(2**31)", "chr(-2**31 - 1)", "chr(-1)", "chr(0x110000)", "chr(97.0)",
]
for e in cases:
    try:
        print(e, '->', repr(eval(e)))
    except Exception as ex:
        print(e, '!', type(ex).__name__, ex)

# 'z' (PEP 682) coerces a negative zero result only: -inf keeps its sign.
for v, spec in [(float('-inf'), 'z.1f'), (float('-inf'), 'z'), (float('-nan'), 'z.1f'), (-0.0001, 'z.1f'),
                (-0.0, 'z'), (-1e-9, 'z.2e'), (-0.004, 'z.2%'), (complex(-0.0, -float('inf')), 'z.1f'),
                (complex(-1e-9, -0.0), 'z.3f'), (-0.0, 'z>+6.1f')]:
    print(repr(v), spec, repr(format(v, spec)))
for v in [complex(-0.0, 0), complex(-0.0, -0.0), complex(-1e-9, 1)]:
    print(repr(v), [format(v, s) for s in ['z', 'z.2', 'z.1g', 'z.0e', 'zg']])
