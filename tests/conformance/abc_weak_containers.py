# collections.abc knows the weak containers: WeakSet is a MutableSet, the weak
# dictionaries are MutableMappings (Lib/weakref.py's registrations)
import weakref, collections.abc as abc
class A: pass
print(isinstance(weakref.WeakSet(), abc.MutableSet), isinstance(weakref.WeakSet(), abc.Set))
print(isinstance(weakref.WeakValueDictionary(), abc.MutableMapping), isinstance(weakref.WeakKeyDictionary(), abc.Mapping))
print(issubclass(weakref.WeakSet, abc.Iterable), isinstance(weakref.WeakSet(), abc.Sequence))
