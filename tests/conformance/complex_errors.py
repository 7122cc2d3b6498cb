# complex's error cases: division by zero, zero to a negative or complex
# power, ordering comparisons, floor division and modulo, conversions to
# int and float, malformed strings and bad constructor arguments, and
# complex() string parsing that does succeed.
def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

attempt('1j / 0', lambda: 1j / 0)
attempt('1j / 0.0', lambda: 1j / 0.0)
attempt('1 / 0j', lambda: 1 / 0j)
attempt('0j ** -1', lambda: 0j ** -1)
attempt('0j ** 1j', lambda: 0j ** 1j)
attempt('0j ** 0', lambda: 0j ** 0)
attempt('1j < 2j', lambda: 1j < 2j)
attempt('1j > 1', lambda: 1j > 1)
attempt('1 <= 1j', lambda: 1 <= 1j)
attempt('1j // 1', lambda: 1j // 1)
attempt('1j % 1', lambda: 1j % 1)
attempt('divmod(1j, 1)', lambda: divmod(1j, 1))
attempt('int(1j)', lambda: int(1j))
attempt('float(1j)', lambda: float(1j))
attempt('~1j', lambda: ~1j)
attempt('1j & 1', lambda: 1j & 1)
attempt('1j + "a"', lambda: 1j + 'a')
attempt('sorted([1j, 2j])', lambda: sorted([1j, 2j]))
attempt('(1e200+1e200j) ** 2', lambda: (1e200 + 1e200j) ** 2)
attempt('complex(1e308, 1e308) * 2', lambda: complex(1e308, 1e308) * 2)
attempt('(1+1j) ** 5000', lambda: (1 + 1j) ** 5000)
attempt('(10+10j) ** 1000.5', lambda: (10 + 10j) ** 1000.5)
attempt('abs(complex(1e308, 1e308) * 2)', lambda: abs(complex(1e308, 1e308) * 2))
for text in ['1+2j', ' ( 1-2j ) ', 'j', '-j', '+j', '1e3', '1_000j', '-1.5e-3+2J', 'nanj', '-inf+infj', '1e500j', '3', '(4)',
             '', 'x', '1+', '1 + 2j', '(1+2j', '1+2j)', '1+2i', '2j+1', '--1j', '1__0j', 'jj', '1+j2']:
    attempt(f'complex({text!r})', lambda: complex(text))
attempt("complex('1', 2)", lambda: complex('1', 2))
attempt("complex(1, '2')", lambda: complex(1, '2'))
attempt('complex([])', lambda: complex([]))
attempt('complex(1, [])', lambda: complex(1, []))
attempt('complex(None)', lambda: complex(None))
attempt('complex(1, 2, 3)', lambda: complex(1, 2, 3))
attempt('complex(x=1)', lambda: complex(x=1))
