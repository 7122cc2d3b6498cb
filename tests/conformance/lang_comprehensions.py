# List, dict and set comprehensions with one `for` and an optional `if`: the
# result types, order (dicts keep insertion order, later keys overwrite),
# that the loop variable does not leak, and that the comprehension sees
# enclosing variables.
# CPython: compile.c compiler_comprehension.
words = ["apple", "bob", "kayak", "tree", "bob"]
lengths = [len(w) for w in words]
print("lengths:", lengths)
short = [w for w in words if len(w) == 3 or w == "kayak"]
print("filtered:", short)
first_letter = {w[0]: w for w in words}
print("dict comp (later keys overwrite):", first_letter)
unique = {len(w) for w in words}
print("set comp:", sorted(unique), "| type:", type(unique).__name__)
scale = 10
print("uses enclosing name:", [n * scale for n in range(4) if n % 2 == 1])
try:
    print(w)
except NameError as e:
    print("loop variable does not leak:", e)
pairs = [(k, v) for k, v in first_letter.items() if v != "bob"]
print("tuple targets:", pairs)
nested = [[i * j for j in range(3)] for i in range(3)]
print("nested comprehension as element:", nested)
print("empty:", [x for x in []], {x: x for x in []}, len({x for x in []}))
