# Chained comparisons: a < b < c means a < b and b < c, with b evaluated once
# and evaluation stopping at the first false link; chains mix ==, is, in;
# `not` binds looser than comparisons.
# CPython: compile.c compiler_compare (chained comparisons).
def val(label, v):
    print("  eval", label)
    return v


x = 5
print("1 < x < 10:", 1 < x < 10, "| 1 < x > 10:", 1 < x > 10)
print("middle evaluated once:")
print(0 < val("middle", 3) < 5)
print("stops at the first false link:")
print(val("a", 3) < val("b", 1) < val("c", 2))
a = [1]
b = a
print("a is b == [1]:", a is b == [1], "| 1 in a is not None:", 1 in a is not None)
print("1 == 1 == True:", 1 == 1 == True, "| 'a' < 'b' < 'c':", "a" < "b" < "c")
print("not 1 == 2:", not 1 == 2, "| not x in a:", not x in a, "| x not in a:", x not in a)
print("list compare:", [1, 2] < [1, 3], [1, 2] == [1, 2], (1, 2) <= (1, 2))
print("mixed chain:", 1 <= 1 < 2 != 3 >= 3)
