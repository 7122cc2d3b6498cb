tests = [
 "len()", "len(1, 2)", "len(5)", "abs('x')", "abs()", "round('x')", "round(1.5, 'x')", "sorted(1)", "sorted([1], key=1)", "sorted([1, 'a'])",
 "min()", "min(1)", "max([], default=3)", "max(1, 2, key=str, default=0)", "sum()", "sum([1], start='a')", "divmod(1)", "pow()", "pow(1, 2, 3, 4)",
 "isinstance(1, 1)", "issubclass(1, int)", "issubclass(int, (int, 1))", "getattr()", "getattr(1)", "getattr(1, 2)", "setattr(1, 'x')", "hasattr(1, 2)",
 "chr(-1)", "chr(0x110000)", "chr('a')", "ord('ab')", "ord(1)", "ord('')", "hex(1.5)", "bin('1')", "oct([])", "int([])", "float([])", "complex('x')",
 "str(1, 2)", "bytes('a', 'nope')", "list(1)", "tuple(1, 2)", "dict(1)", "dict([1])", "dict([(1, 2, 3)])", "set(1)", "frozenset([[]])", "range()", "range(1.5)", "range(0, 10, 0)",
 "iter()", "next()", "zip(1)", "map(len)", "filter(1)", "enumerate()", "enumerate(1)", "reversed(1)", "slice()", "callable()", "id()", "hash()",
 "print(sep=1)", "print(end=2)", "print(file=1)", "input(1, 2)", "open()", "eval()", "eval(1)", "exec(1)", "compile('x', 'f', 'bad')", "vars(1)", "dir(1, 2)", "format(1, 2)",
 "type()", "type(1, 2)", "type('x', 1, {})", "type('x', (), 1)", "object(1)", "super(1)", "property(1, 2, 3, 4, 5)", "staticmethod()", "classmethod(1, 2)",
 "int('1', base=40)", "int(x=1)", "float('1', 2)", "bool(1, 2)", "repr()", "ascii()", "any(1)", "all()", "[].append()", "[].append(1, 2)", "{}.get()", "{}.pop()",
 "'a'.join(1)", "'a'.replace('a')", "'a'.split(1)", "'a'.startswith(1)", "'a'.encode(1)", "'a'.center('x')", "'a'.zfill('2')", "(1).to_bytes()", "(1.5).hex(1)",
 "[1, 2].sort(1)", "[1].index()", "(1,).count()", "{1}.add()", "{1}.union(1)", "{}.update(1)", "{}.update([1])", "{}.fromkeys()", "'{}'.format_map(1)", "'%d' % []",
]
for t in tests:
    try:
        r = eval(t)
        print(t, "->", repr(r)[:40])
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
