# Slot wrappers bound to an instance (obj.__init__ from object) are
# method-wrapper objects, which cannot be weakly referenced; and the Unicode
# character predicates of str.
# CPython: descrobject.c wrapperobject, unicodeobject.c / unicodedata.
class C: pass
c = C()
print(type(c.__init__).__name__, repr(c.__init__)[:40], type([].append).__name__, type(c.__eq__).__name__)
import weakref
try: weakref.ref(c.__init__)
except TypeError as e: print(e)
print("\u00b2".isdigit(), "\u00bd".isnumeric(), "\u0661".isdecimal(), "\u00e9".isalpha(), "\u2003".isspace(), "A1".isalnum(), "Ab Cd".istitle(), "abc".isascii(), "AB cd".istitle())
