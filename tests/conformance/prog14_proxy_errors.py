import weakref

class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
    def deposit(self, n):
        self.balance += n
        return self.balance
    def __len__(self):
        return 3
    def __iter__(self):
        return iter([self.owner, self.balance])
    def __add__(self, other):
        return self.balance + other
    def __repr__(self):
        return f"Account({self.owner})"
    def __getitem__(self, i):
        return [self.owner, self.balance][i]
    def __call__(self, x):
        return x * 2

acct = Account("ann", 10)
p = weakref.proxy(acct)
print(p.owner, p.deposit(5), len(p), list(p), p + 1, p[0], p(21))
print(repr(p)[:10])
print(type(p).__name__, isinstance(p, Account))
p.balance = 100
print(acct.balance)
del p.owner
print(hasattr(acct, "owner"))
acct.owner = "bob"
print(bool(p), str(p))
cb_log = []
p2 = weakref.proxy(acct, lambda r: cb_log.append("proxy cb"))
del acct
print(cb_log)
for expr in ("p.owner", "len(p)", "p + 1", "p[0]", "str(p)", "p(1)", "bool(p)"):
    try:
        eval(expr)
        print(expr, "worked?")
    except ReferenceError as e:
        print(expr, "->", type(e).__name__, e)
try:
    hash(p2)
except TypeError as e:
    print("hash:", e)
try:
    weakref.proxy(1)
except TypeError as e:
    print(e)
class F: pass
f = F()
pp = weakref.proxy(f)
try:
    pp.nope
except AttributeError as e:
    print("AttributeError:", e)
print(weakref.proxy(f) is weakref.proxy(f))
print(weakref.getweakrefcount(f))
