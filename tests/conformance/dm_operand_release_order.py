# Operand release order of the bytecode: BINARY_OP, COMPARE_OP (chained too),
# CONTAINS_OP, IS_OP and BINARY_SUBSCR release the left operand (container)
# first; STORE_SUBSCR releases the value, container, key; DELETE_SUBSCR the
# container, key; UNPACK_SEQUENCE releases the sequence before the stores,
# and each store consumes its item.
class T:
    def __init__(s, n): s.n = n
    def __del__(s): print("  del", s.n)
    def __eq__(s, o): return s.n == o.n
    def __add__(s, o): return T(s.n + o.n)
    def __lt__(s, o): return s.n < o.n
    __hash__ = object.__hash__
    def __getitem__(s, k): return T(s.n + "[" + k.n + "]")
    def __setitem__(s, k, v): print("  setitem", k.n, v.n)
    def __delitem__(s, k): print("  delitem", k.n)
    def __call__(s, *a, **kw): print("  call", s.n, [x.n for x in a], sorted(kw)); return T("ret")
    def __neg__(s): return T("-" + s.n)
    def __iter__(s): return iter([T(s.n + "1"), T(s.n + "2")])
    def m(s, *a): print("  m", s.n); return T("mret")
    def __repr__(s): return s.n
def f(*a, **k): print("  f", [x.n for x in a], sorted(k)); return None
print("list"); x = [T("p"), T("q")]; del x
print("in"); T("z") in [T("p"), T("q")]
print("add"); T("a") + T("b")
print("add chain"); T("a") + T("b") + T("c")
print("cmp"); T("a") < T("b")
print("is"); T("a") is T("b")
print("chain true"); T("a") < T("b") < T("c")
print("chain false"); T("b") < T("a") < T("c")
print("subscript"); T("c")[T("k")]
print("store subscript"); T("c")[T("k")] = T("v")
print("del subscript"); del T("c")[T("k")]
print("call temp args"); f(T("a"), T("b"), x=T("x"))
print("call object"); T("callee")(T("a"), k=T("kv"))
print("method call"); T("obj").m(T("arg"))
print("star args"); f(*[T("s1"), T("s2")], **{"q": T("kw")})
print("unary"); -T("u")
print("list display"); [T("l1"), T("l2")]
print("dict display"); {"a": T("d1"), "b": T("d2")}
print("unpack"); a, b = T("pair"); del a, b
print("for loop")
for x in T("it"):
    print("  body", x)
del x
print("ternary"); T("yes") if T("cond") else T("no")
print("fstring"); f"{T('f1')}{T('f2')}"
print("attribute temp"); T("attr").n
print("chained method"); T("c1").m().m()
class Pair:
    def __init__(self, n): self.n = n
    def __iter__(self): return iter([T(self.n + ".0"), T(self.n + ".1")])
    def __del__(self): print("  del pair", self.n)
print("unpack over old values")
p, q = Pair("first")
p, q = Pair("second")
print("starred")
head, *rest = Pair("third")
print(head, rest)
del p, q, head, rest
print("chained assignment")
x = y = T("shared")
del x
print("y still", y)
del y
print("done")
