# bytes and bytearray pickled under protocols 0-2 (Python 2 had no bytes:
# _codecs.encode(text, 'latin1')), read back; sys.executable is the oracle's.
import pickle
import sys

print(sys.executable)
x = b"x"
for proto in range(6):
    for value in (b"", b"ab\x00\xff", bytearray(b"ab"), bytearray(), [x, x], (b"k" * 300,)):
        data = pickle.dumps(value, protocol=proto)
        back = pickle.loads(data)
        print(proto, type(value).__name__, len(data), data[:60], back == value, type(back).__name__)
data = pickle.dumps({b"key": bytearray(b"v")}, 2)
print(data)
print(pickle.loads(data))
import _codecs
print(_codecs.encode("h\xe9", "latin1"), _codecs.encode.__module__, _codecs.decode(b"h\xc3\xa9"))
