# Ordering: sorted/min/max use __lt__; a > b falls back to b.__lt__(a); an
# operator the class does not define (<=) is a TypeError; sorting is stable;
# sorted(key=..., reverse=True) on plain values.
# CPython: listobject.c list_sort (stable), object.c do_richcompare (reflected
#   __lt__).
class Task:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return "Task(" + str(self.prio) + ", " + self.name + ")"


tasks = [Task(2, "b"), Task(1, "a"), Task(2, "c"), Task(0, "z")]
print("sorted (stable for equal prio):", sorted(tasks))
print("min:", min(tasks), "| max:", max(tasks))
print("Task(3) > Task(1):", Task(3, "x") > Task(1, "y"))
try:
    Task(1, "p") <= Task(2, "q")
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, "a"])
except TypeError as e:
    print("TypeError:", e)
words = ["pear", "fig", "apple", "kiwi"]
print("key=len:", sorted(words, key=len))
print("reverse:", sorted(words, reverse=True))
print("min/max of args:", min(4, 2, 8), max("b", "a"), "| of a list:", max([1, 5, 3]))
print("strings compare by code point:", sorted(["b", "B", "a", "A"]))
