# Operator overloading in a vector class: reflected operators, in-place
# operators (and their fallback to the binary ones), rich comparison
# fallbacks and their TypeErrors, a subclass's reflected method winning,
# NotImplemented from __eq__, and the rarer dunders (divmod, pow, index).
class V:
    def __init__(s, *c): s.c = c
    def __repr__(s): return f"V{s.c}"
    def __add__(s, o):
        if isinstance(o, V): return V(*(a+b for a,b in zip(s.c, o.c)))
        if isinstance(o, (int,float)): return V(*(a+o for a in s.c))
        return NotImplemented
    __radd__ = __add__
    def __iadd__(s, o): print("iadd"); s.c = (s + o).c; return s
    def __mul__(s, k): return V(*(a*k for a in s.c)) if isinstance(k, int) else NotImplemented
    def __rmul__(s, k): print("rmul"); return s * k
    def __neg__(s): return V(*(-a for a in s.c))
    def __abs__(s): return sum(a*a for a in s.c) ** 0.5
    def __eq__(s, o): print("eq", s, o); return isinstance(o, V) and s.c == o.c
    def __lt__(s, o): return abs(s) < abs(o)
    def __matmul__(s, o): return sum(a*b for a,b in zip(s.c, o.c))
    def __bool__(s): return any(s.c)
    def __len__(s): return len(s.c)
    def __getitem__(s, i): return s.c[i]
    def __contains__(s, x): print("contains", x); return x in s.c
v = V(1,2); w = V(3,4)
print(v + w, v + 1, 1 + v, 3 * v, -v, abs(w), v @ w)
v += w; print(v)
x = v; x += 1; print(x is v)
print(v == V(4,6), v != V(4,6), V(1) < V(2), V(2) > V(1), V(1) <= V(1) if hasattr(V,'__le__') and V.__le__ is not object.__le__ else "nole")
try: V(1) <= V(2)
except TypeError as e: print(e)
try: v - w
except TypeError as e: print(e)
try: "s" * v
except TypeError as e: print(e)
print(bool(V(0,0)), bool(V()), len(v), v[0], list(v), 4 in v, 99 in v)
class Sub(V):
    def __radd__(s, o): print("Sub.radd"); return "sub-wins"
print(V(1) + Sub(1))
class N:
    def __eq__(s, o): print("N.eq"); return NotImplemented
print(N() == N(), N() != N())
class Ordered:
    def __init__(s, v): s.v = v
    def __gt__(s, o): print("gt", s.v, o.v); return s.v > o.v
print(Ordered(1) < Ordered(2))
print(sorted([Ordered(3), Ordered(1)], key=lambda o: o.v)[0].v)
class IP:
    def __init__(s): s.l = []
    def __ior__(s, o): s.l.append(o); return s
    def __ipow__(s, o): return 99
    def __floordiv__(s, o): return "fd"
    def __rfloordiv__(s, o): return "rfd"
    def __divmod__(s, o): return ("dm", o)
    def __rdivmod__(s, o): return ("rdm", o)
    def __pow__(s, o, m=None): return ("pow", o, m)
    def __rpow__(s, o): return ("rpow", o)
    def __invert__(s): return "inv"
    def __index__(s): return 2
ip = IP(); ip |= 1; ip |= 2; print(ip.l)
print(ip // 1, 1 // ip, divmod(ip, 3), divmod(3, ip), pow(ip, 2, 5), 2 ** ip, ~ip, [0,1,2,3][ip], bin(ip))
ip **= 3; print(ip)
