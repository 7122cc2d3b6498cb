# A function's members and getsets (funcobject.c func_memberlist,
# func_getsetlist): what each accepts on assignment and on deletion.
def f(a=1, *, b=2):
    "doc"
    return a


def show():
    print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__annotations__, f.__module__)


for name, v in [('__name__', 1), ('__name__', 'g'), ('__qualname__', 2), ('__qualname__', 'q.g'),
                ('__globals__', {}), ('__closure__', ()), ('__builtins__', {}), ('__code__', 1),
                ('__defaults__', 1), ('__defaults__', (5,)), ('__kwdefaults__', 1), ('__kwdefaults__', {'b': 7}),
                ('__doc__', 5), ('__module__', 3), ('__dict__', 1), ('__dict__', {'x': 1}),
                ('__annotations__', 1), ('__annotations__', {'a': int})]:
    try:
        setattr(f, name, v)
        print('set', name)
    except (TypeError, AttributeError, ValueError) as e:
        print('set', name, type(e).__name__, e)
show()
print(f.x, f(), f.__code__.co_name)
for name in ['__name__', '__qualname__', '__globals__', '__closure__', '__builtins__', '__code__', '__defaults__',
             '__kwdefaults__', '__doc__', '__module__', '__dict__', '__annotations__', 'x', 'y']:
    try:
        delattr(f, name)
        print('del', name)
    except (TypeError, AttributeError) as e:
        print('del', name, type(e).__name__, e)
show()
