# PEP 646 in the core: `*tuple[...]` is the alias ga_iter yields (starred),
# in a subscript, an annotation of *args, and its repr/eq/attributes; a
# return annotation cannot be starred (the forced ':' after ')').
t = tuple[int, *tuple[str, ...]]
print(t, t.__args__, len(t.__args__))
s = t.__args__[1]
print(s, type(s).__name__, s.__unpacked__, s.__typing_unpacked_tuple_args__, s.__origin__, s.__args__)
plain = tuple[str, ...]
print(plain.__unpacked__, plain.__typing_unpacked_tuple_args__, s == plain, s != plain, s == next(iter(plain)))
print([*list[int]], list(iter(dict[str, int])), next(iter(plain)).__unpacked__)
print(hash(s) == hash(plain))


def f(*args: *tuple[int, str]):
    return args


print(f.__annotations__, f(1, 'a'))
print(tuple[*tuple[int, ...]], tuple[int, *tuple[()]])
for src in ['def g(*a: *b) -> *c: pass', 'def g() -> : pass', 'def g() -> (: pass', 'def g() -> int pass', 'def g(a: *b): pass']:
    try:
        compile(src, '<s>', 'exec')
    except SyntaxError as e:
        print(repr(src), e.msg, e.offset, e.end_offset)
