# for/while with break, continue and else: else runs when the loop ends
# without break (also for an empty loop), break skips it; break and continue
# act on the innermost loop; range with negative steps.
# CPython: compile.c compiler_for/compiler_while (else blocks).
def find(items, target):
    for i in range(len(items)):
        if items[i] == target:
            print("  found at", i)
            break
    else:
        print("  not found (else)")


find([3, 5, 7], 5)
find([3, 5, 7], 9)
find([], 1)
n = 0
while n < 3:
    n += 1
    if n == 2:
        continue
    print("while body", n)
else:
    print("while else, n =", n)
while True:
    break
else:
    print("never printed")
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print("pair", i, j)
    if i == 1:
        continue
    print("after inner loop", i)
print("range(10, 0, -3):", list(range(10, 0, -3)), "| range(0):", list(range(0)), "| range(2, 5):", list(range(2, 5)))
print("len(range(1, 10, 2)):", len(range(1, 10, 2)), "| 7 in range(1, 10, 2):", 7 in range(1, 10, 2))
total = 0
for ch in "abc":
    total += 1
print("iterate a string:", total)
