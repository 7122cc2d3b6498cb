/**
 * The data model for classes written in Python (typeobject.c / object.c
 * dispatch): descriptors, attribute hooks, class creation with metaclasses,
 * super(). Expected outputs were produced by python3 (CPython 3.11); every
 * case also checks that the heap verifies afterwards, bad inputs included.
 */
import { runScenario } from '../../src/lang';
import { verifyHeap } from '../../src/heap';

function run(src: string) {
  const r = runScenario(src, 'scenario.py');
  expect(verifyHeap(r.heap)).toMatchObject({ ok: true });
  return r;
}

function out(src: string): string {
  const r = run(src);
  if (r.exitCode !== 0) throw new Error(r.stderr);
  return r.stdout;
}

describe('descriptors', () => {
  test('a data descriptor wins over the instance dict, a non-data one loses to it', () => {
    const src = [
      'class D:',
      '    def __get__(self, o, t): return "data"',
      '    def __set__(self, o, v): print("set", v)',
      'class N:',
      '    def __get__(self, o, t): return "nondata"',
      'class C:',
      '    d = D()',
      '    n = N()',
      'c = C()',
      'c.__dict__["d"] = 1',
      'c.__dict__["n"] = 2',
      'c.d = 5',
      'print(c.d, c.n, C.d, C.n)',
    ].join('\n');
    expect(out(src)).toBe('set 5\ndata 2 data nondata\n');
  });

  test('__get__ receives None and the owner when read through the class', () => {
    const src = ['class D:', '    def __get__(self, o, t): return (o, t.__name__)', 'class C:', '    d = D()', 'print(C.d, C().d[1])'].join('\n');
    expect(out(src)).toBe("(None, 'C') C\n");
  });

  test('a property dies with its class, releasing fget before fset', () => {
    const src = [
      'import gc',
      'gc.disable()',
      'class F:',
      '    def __init__(self, n): self.n = n',
      '    def __call__(self, *a): return 1',
      '    def __del__(self): print("del", self.n)',
      'class C:',
      '    p = property(F("get"), F("set"))',
      'del C',
      'gc.collect()',
      'print("end")',
    ].join('\n');
    expect(out(src)).toBe('del get\ndel set\nend\n');
  });

  test("3.11's property messages name the property and the owner's qualname", () => {
    const src = [
      'class Outer:',
      '    class C:',
      '        ro = property(lambda s: 1)',
      'try:',
      '    Outer.C().ro = 2',
      'except AttributeError as e:',
      '    print(e)',
    ].join('\n');
    expect(out(src)).toBe("property 'ro' of 'Outer.C' object has no setter\n");
  });

  test('__set_name__ errors are wrapped in RuntimeError with the cause kept', () => {
    const src = [
      'class D:',
      '    def __set_name__(self, owner, name): raise ValueError("no " + name)',
      'try:',
      '    class C:',
      '        field = D()',
      'except RuntimeError as e:',
      '    print(e)',
      '    print(repr(e.__cause__))',
    ].join('\n');
    expect(out(src)).toBe("Error calling __set_name__ on 'D' instance 'field' in 'C'\nValueError('no field')\n");
  });

  test('unset slots: AttributeError on read, bare name on delete', () => {
    const src = [
      'class S:',
      '    __slots__ = ("a",)',
      's = S()',
      'for f in (lambda: s.a, lambda: delattr(s, "a")):',
      '    try:',
      '        f()',
      '    except AttributeError as e:',
      '        print(e)',
    ].join('\n');
    expect(out(src)).toBe("'S' object has no attribute 'a'\na\n");
  });
});

describe('attribute hooks', () => {
  test('__getattr__ runs only for missing attributes; getattr() defaults swallow its AttributeError', () => {
    const src = [
      'class P:',
      '    x = 1',
      '    def __getattr__(self, n):',
      '        if n == "y": return 2',
      '        raise AttributeError(n)',
      'p = P()',
      'print(p.x, p.y, getattr(p, "z", 3), hasattr(p, "z"))',
    ].join('\n');
    expect(out(src)).toBe('1 2 3 False\n');
  });

  test('__setattr__ sees every assignment, including those in __init__', () => {
    const src = [
      'class C:',
      '    def __init__(self): self.a = 1',
      '    def __setattr__(self, n, v):',
      '        print("setattr", n, v)',
      '        super().__setattr__(n, v * 10)',
      'c = C()',
      'c.b = 2',
      'print(c.a, c.b)',
    ].join('\n');
    expect(out(src)).toBe('setattr a 1\nsetattr b 2\n10 20\n');
  });
});

describe('classes and metaclasses', () => {
  test('type(name, bases, ns) makes a class like a class statement', () => {
    const src = [
      'def hello(self): return "hi " + self.name',
      'P = type("P", (), {"name": "p", "hello": hello})',
      'Q = type("Q", (P,), {})',
      'print(Q().hello(), Q.__mro__, type(Q), Q.__module__, Q.__qualname__)',
    ].join('\n');
    expect(out(src)).toBe("hi p (<class '__main__.Q'>, <class '__main__.P'>, <class 'object'>) <class 'type'> __main__ Q\n");
  });

  test('bad type() arguments get CPython messages and leave the heap consistent', () => {
    const src = [
      'for args in [("B", [object], {}), (1, (), {}), ("B", (), []), ("B", (1,), {}), ("B", ())]:',
      '    try:',
      '        type(*args)',
      '    except TypeError as e:',
      '        print(e)',
    ].join('\n');
    expect(out(src)).toBe(
      'type.__new__() argument 2 must be tuple, not list\n' +
        'type.__new__() argument 1 must be str, not int\n' +
        'type.__new__() argument 3 must be dict, not list\n' +
        'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases\n' +
        'type() takes 1 or 3 arguments\n',
    );
  });

  test('a class keeps its metaclass alive; the metaclass is released after the class', () => {
    const src = [
      'import gc, weakref',
      'gc.disable()',
      'class M(type): pass',
      'class C(metaclass=M): pass',
      'wm = weakref.ref(M, lambda r: print("M gone"))',
      'wc = weakref.ref(C, lambda r: print("C gone"))',
      'del M',
      'gc.collect()',
      'print(wm() is not None)',
      'del C',
      'gc.collect()',
      'print(wm(), wc())',
    ].join('\n');
    expect(out(src)).toBe('True\nC gone\nM gone\nNone None\n');
  });

  test('__class__ assignment between compatible classes, TypeError otherwise', () => {
    const src = [
      'class A:',
      '    def who(self): return "A"',
      'class B:',
      '    def who(self): return "B"',
      'class S:',
      '    __slots__ = ("x",)',
      'a = A()',
      'a.v = 1',
      'a.__class__ = B',
      'print(a.who(), a.v, type(a).__name__)',
      'for bad in (S, 1):',
      '    try:',
      '        a.__class__ = bad',
      '    except TypeError as e:',
      '        print(e)',
    ].join('\n');
    expect(out(src)).toBe("B 1 B\n__class__ assignment: 'S' object layout differs from 'B'\n__class__ must be set to a class, not 'int' object\n");
  });
});
