# & | ^ on ints wider than 32 bits, negative ones, and mixed with bools:
# Python ints are unbounded (the hashing and PRNG code people write, e.g.
# a Mersenne Twister or FNV hash, relies on 32- and 64-bit masks).
a = 2663422914
print(a ^ (a >> 30), a & 0xffffffff, a | 2**40, (a * 1664525) & 0xffffffff)
print(2**63 ^ 1, -1 & 0xffffffffffff, -(2**40) | 5, ~a, ~(2**70) & 0xff, 0x80000000 & 0x80000000)
print(True & 3, True | 2**33, 2**31 ^ True, -2**31 & -1, (2**31 - 1) | 2**31)
h = 0xcbf29ce484222325
for ch in 'gclab':
    h ^= ord(ch)
    h = (h * 0x100000001b3) & 0xffffffffffffffff
print(h, hex(h))
x = 19650218
for i in range(1, 5):
    x = (1812433253 * (x ^ (x >> 30)) + i) & 0xffffffff
    print(x)
