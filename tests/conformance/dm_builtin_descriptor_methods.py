# The descriptors a class statement creates (member_descriptor for a
# __slots__ name, getset_descriptor for __dict__ and __weakref__) called
# through their Python-level __get__/__set__/__delete__, with descr_check's
# TypeError for the wrong instance and wrap_descr_get's argument errors;
# the unbound builtin methods of other types share descr_check's message.
import weakref


class Slotted:
    __slots__ = ('x', '__weakref__')


class Plain:
    pass


member = Slotted.x
dict_attr = Plain.__dict__['__dict__']
weak_attr = Plain.__dict__['__weakref__']
print(member, dict_attr, weak_attr)
print(member.__name__, member.__qualname__, member.__objclass__)
print(dict_attr.__name__, dict_attr.__qualname__, dict_attr.__objclass__)

s = Slotted()
member.__set__(s, 10)
print(member.__get__(s, Slotted), member.__get__(s))
print(member.__get__(None, Slotted) is member)
member.__delete__(s)
try:
    member.__get__(s, Slotted)
except AttributeError as e:
    print('AttributeError:', e)

p = Plain()
p.a = 1
print(dict_attr.__get__(p, Plain))
dict_attr.__set__(p, {'b': 2})
print(p.b, vars(p))
print(weak_attr.__get__(p, Plain))
r = weakref.ref(p)
print(weak_attr.__get__(p, Plain) is r)
dict_attr.__delete__(p)
print(vars(p))

for call in (
    lambda: member.__get__(Plain(), Plain),
    lambda: dict_attr.__get__(1, int),
    lambda: weak_attr.__get__('s', str),
    lambda: member.__get__(),
    lambda: member.__get__(1, 2, 3),
    lambda: member.__set__(s),
    lambda: member.__delete__(),
    lambda: dict_attr.__set__(p, 5),
    lambda: weak_attr.__set__(p, None),
    lambda: list.append(1, 2),
    lambda: dict.keys([]),
    lambda: BaseException.with_traceback(1, None),
    lambda: type.mro(5),
):
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, repr(str(e)))
