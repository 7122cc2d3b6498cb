# A member or getset descriptor's __doc__ (PyMemberDef.doc, PyGetSetDef.doc):
# builtin types' have CPython's docstrings, a class statement's __dict__ and
# __weakref__ getsets subtype_getsets_full's, a __slots__ member none.
import types

for d in [int.__dict__['real'], int.__dict__['denominator'], complex.__dict__['imag'], float.__dict__['real'],
          type.__dict__['__weakrefoffset__'], type.__dict__['__dict__'], BaseException.__dict__['args'],
          BaseException.__dict__['__traceback__'], StopIteration.__dict__['value'], OSError.__dict__['errno'],
          types.FunctionType.__dict__['__code__'], types.FunctionType.__dict__['__globals__'],
          property.__dict__['fget'], slice.__dict__['start'], range.__dict__['step']]:
    print(type(d).__name__, d.__name__, d.__objclass__.__name__, repr(d.__doc__))


class Plain:
    pass


class Slotted:
    __slots__ = ('a', '__weakref__')


for d in [Plain.__dict__['__dict__'], Plain.__dict__['__weakref__'], Slotted.__dict__['a'], Slotted.__dict__['__weakref__']]:
    print(type(d).__name__, d.__name__, repr(d.__doc__))
print(type(Slotted.a) is types.MemberDescriptorType, type(int.real) is types.GetSetDescriptorType)
print(int.real.__doc__ == int.__dict__['real'].__doc__, int.bit_length.__doc__.splitlines()[0])
