# complex arithmetic: + - * / ** with int, float and complex on either
# side, Smith's division, integral powers by repeated squaring and other
# powers through _Py_c_pow, unary minus/plus, abs, and equality with ints
# and floats.
a = 1 + 2j
b = 3 - 4j
print(a + b, a - b, a * b, a / b, b / a, a ** 2, b ** 3, a ** -1, a ** 0, a ** 1)
print(a + 1, 1 + a, a - 1.5, 1.5 - a, a * 2, 2 * a, a / 2, 2 / a, 0.5 * a, a * True)
print(2 ** 1j, 1j ** 1j, a ** 0.5, (-1) ** 0.5 if False else (-1 + 0j) ** 0.5, 2.0 ** a)
print(1j ** 2, 1j ** 3, 1j ** 4, (1 + 1j) ** 8, (1 + 1j) ** 100, (1 + 1j) ** 101, (2 + 0j) ** -2)
print(-a, +a, -(-a), abs(3 + 4j), abs(-5j), abs(0j), abs(complex(1e308, 1e308)))
print(a == 1 + 2j, a != b, (1 + 0j) == 1, (1 + 0j) == 1.0, 1 == (1 + 0j), 2.5 == (2.5 + 0j), 1j == 1, a == 'x', (0j == 0), (1j == None))
print(bool(0j), bool(1j), bool(0.0 + 0j), bool(complex(0, -0.0)), not 1j)
total = 0j
for k in range(1, 6):
    total += complex(k, -k) / k
print(total)
z = 0j
c = -0.5 + 0.5j
for _ in range(20):
    z = z * z + c
print(z, abs(z) < 2)
print(sum([1j, 2j, 3]), sum([0.5j] * 4), max([1, 2, 3], key=lambda n: abs(n * 1j)))
