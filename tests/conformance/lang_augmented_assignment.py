# Augmented assignment: += on lists and dict/set |= mutate in place (aliases
# see it), on ints/strings/tuples it rebinds; it works on attributes and
# subscripts; // and % follow floor rules for negative numbers.
# CPython: ceval.c BINARY_OP (inplace), listobject.c list_inplace_concat,
#   dictobject.c dict_ior.
n = 7
n += 3
n -= 1
n *= 2
print("int:", n)
s = "ab"
alias_s = s
s += "cd"
s *= 2
print("str:", s, "| alias unchanged:", alias_s)
lst = [1]
alias = lst
lst += [2, 3]
lst *= 2
print("list in place:", alias, "| same object:", alias is lst)
t = (1,)
alias_t = t
t += (2,)
print("tuple rebinds:", t, alias_t, t is alias_t)
d = {"a": 1}
alias_d = d
d |= {"b": 2, "a": 0}
print("dict |= in place:", alias_d, "| d | {...} is new:", (d | {"c": 3}) is d)
st = {1, 2}
alias_st = st
st |= {3}
st -= {1}
print("set in place:", sorted(alias_st), "| same:", st is alias_st)
st2 = st & {2, 9}
print("set &:", sorted(st2), "| ^:", sorted(st ^ {2, 4}))


class Box:
    pass


box = Box()
box.count = 0
box.count += 5
counts = {"k": 1}
counts["k"] += 10
grid = [[0, 0], [0, 0]]
grid[1][0] -= 4
print("attribute:", box.count, "| subscript:", counts, "| nested:", grid)
print("floor division:", 7 // 2, -7 // 2, 7 // -2, "| modulo:", 7 % 3, -7 % 3, 7 % -3)
print("unary minus:", -n, -(-n), "| precedence:", 2 + 3 * 4, (2 + 3) * 4, -2 * 3)
