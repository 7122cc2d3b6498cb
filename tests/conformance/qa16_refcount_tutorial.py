import sys
class A: pass
a = A()
b = a
print("refs to a:", sys.getrefcount(a) - 1)
c = [a, a, a]
print("after list:", sys.getrefcount(a) - 1)
c.clear()
del b
print("after clear/del:", sys.getrefcount(a) - 1)
lst = []
print(sys.getrefcount(lst))
lst2 = [lst]
print(sys.getrefcount(lst))
d = {"x": lst, "y": lst}
print(sys.getrefcount(lst))
def f(arg):
    return sys.getrefcount(arg)
print(f(lst))
t = (lst,)
print(sys.getrefcount(lst), sys.getrefcount(t))
