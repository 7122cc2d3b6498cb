# del of names, list items, dict keys and attributes; several targets go left
# to right; afterwards the name is unbound (NameError) and the attribute gone
# (AttributeError); deleting a list item shifts the rest down.
# CPython: ceval.c DELETE_NAME/DELETE_SUBSCR/DELETE_ATTR.
class Box:
    pass


a = 1
b = [10, 20, 30, 40]
c = {"x": 1, "y": 2}
box = Box()
box.v = 5
box.w = 6
del a, b[1], c["x"], box.v
print("b:", b, "| c:", c, "| box has v:", hasattr(box, "v"), "| has w:", hasattr(box, "w"))
try:
    print(a)
except NameError as e:
    print("NameError:", e)
try:
    del a
except NameError as e:
    print("del again:", e)
del b[-1]
print("del b[-1]:", b)
try:
    del b[5]
except IndexError as e:
    print("IndexError:", e)
try:
    del c["missing"]
except KeyError as e:
    print("KeyError:", e)
a = "bound again"
print("rebinding after del works:", a)
delattr(box, "w")
print("delattr:", hasattr(box, "w"))
