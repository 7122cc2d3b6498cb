import os, sys
class Shout:
    def __init__(self, n): self.n = n
    def __del__(self):
        os.write(1, ("raw del %d\n" % self.n).encode())
print("print first")
n = os.write(1, b"raw line\n")
print("wrote", n)
print("bytearray", os.write(1, bytearray(b"ba\n")))
print("memoryview", os.write(1, memoryview(b"mv\n")))
try:
    os.write(1, "text")
except TypeError as e:
    print("TypeError", e)
print("utf8", os.write(1, "h\u00e9\n".encode()))
s = Shout(1)
del s
keep = Shout(2)
os.write(2, b"to stderr\n")
sys.stdout.write("via sys.stdout\n")
print("end")
