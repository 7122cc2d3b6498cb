# sys's struct sequences (version_info, flags, float_info, int_info, hash_info:
# named fields, tuple behaviour, structseq repr, not instantiable) and
# sys.is_finalizing(): False in the program and its atexit handlers, True
# in a __del__ run by module teardown at exit.
import sys, atexit
print(sys.version_info, type(sys.version_info))
print(sys.version_info.major, sys.version_info.minor, sys.version_info[:2], sys.version_info >= (3, 8), len(sys.version_info))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info, sys.int_info.bits_per_digit, sys.hash_info.width)
print(sys.flags.optimize, sys.flags.debug, sys.maxunicode, sys.getdefaultencoding())
major, minor, *rest = sys.version_info
print(major, minor, rest, list(sys.version_info), tuple(sys.version_info) == (3, 11, 7, 'final', 0))
for t in (type(sys.flags), type(sys.version_info)):
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(sys.version_info, tuple), sys.version_info.index(11), hash(sys.version_info) == hash((3, 11, 7, 'final', 0)))
class C:
    def __del__(self):
        print("C.__del__ finalizing:", sys.is_finalizing())
c = C()
def bye():
    print("atexit finalizing:", sys.is_finalizing())
atexit.register(bye)
print("main finalizing:", sys.is_finalizing())
