# AttributeError and NameError from common typos: messages and the name field; import errors.
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
    def deposit(self, amt):
        self.balance += amt

acct = Account("ann")
for name in ["ballance", "owners", "deposti", "withdraw", "__len__"]:
    try:
        getattr(acct, name)
    except AttributeError as e:
        print(repr(e), e.name)

import math
try:
    math.sqroot(4)
except AttributeError as e:
    print(e)

def use():
    counter = 1
    return countr
try:
    use()
except NameError as e:
    print(e, e.name)
try:
    prnt("x")
except NameError as e:
    print(e)
try:
    lenn([])
except NameError as e:
    print(e)
def loc():
    print(x)
    x = 1
try:
    loc()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def outer():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(e)
    y = 1
outer()
try:
    acct.balance.real.foo
except AttributeError as e:
    print(e)
class S:
    __slots__ = ('alpha',)
try:
    S().alpah = 1
except AttributeError as e:
    print(e)
try:
    S().alpha
except AttributeError as e:
    print(e)
try:
    "abc".uper()
except AttributeError as e:
    print(e)
try:
    [].length
except AttributeError as e:
    print(e)
try:
    Account.deposti
except AttributeError as e:
    print(e)
try:
    import collections
    collections.OrderDict
except AttributeError as e:
    print(e)
try:
    import nosuchmodule_xyz
except ModuleNotFoundError as e:
    print(e, e.name)
