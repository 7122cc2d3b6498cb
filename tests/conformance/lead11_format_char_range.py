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
