# format() and f-strings of complex numbers (format_complex_internal):
# no type is str()-like, e/f/g/n with precision, signs, fill and
# alignment, and the ValueErrors of zero padding, = and unknown codes.
for spec in ['', '.2f', '10.3f', '<20', '^20.2e', '+.1f', 'g', '.3', '.3g', 'e', '>30', ' .2f', '*^25.1f', ',.2f', 'n', 'E']:
    for c in [1j, 1+2j, -1.5-2.25j, 0j, complex(-0.0, 3), complex(1234567.5, -0.001), complex(float('nan'), float('-inf'))]:
        print(repr(spec), repr(c), repr(format(c, spec)), True)
for spec in ['05', '=10', '%', 'x', 'd', 's']:
    try:
        print(format(1+2j, spec))
    except Exception as e:
        print(type(e).__name__, e)
print(f'{1+2j:.1f} {3j!r:>8} {2j}')
