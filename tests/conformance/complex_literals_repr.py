# complex literals and repr exactly as CPython prints them: no parentheses
# when the real part is +0, signed zeros, integral parts without '.0',
# exponents, nan and inf parts, and complex() from numbers.
values = [1j, 0j, -0j, 2.5j, 1e16j, 1e-5j, 1 + 2j, 1 - 2j, -1 - 2j, 1.5 + 0j, -(0j), complex(0.0, -0.0), complex(-0.0, 0.0),
          complex(-0.0, -0.0), complex(1, -0.0), complex(float('nan'), float('inf')), complex(1, float('nan')),
          complex(float('-inf'), 0), complex(1e300, 1e-300), 3j * 2, 123456789012345678j, 0.1 + 0.2j]
for v in values:
    print(repr(v), str(v), v.real, v.imag)
print([1j, (1+1j)], {'c': -1j}, (2j,), f'{1+2j}', '%s' % (3-4j), str(0j))
print(complex(), complex(2), complex(2.5), complex(True), complex(1, 2), complex(1.5, -2.5), complex(1j, 1j), complex(1 + 1j, 2), complex(real=3, imag=4), complex(imag=2))
print(type(1j), type(1j).__name__, isinstance(1j, complex), 1j.real, type(1j.real).__name__, (3+4j).conjugate(), (1j).conjugate())
