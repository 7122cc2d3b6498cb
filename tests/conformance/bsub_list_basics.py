# A list subclass behaves as a list: indexing, slicing, concatenation and
# repetition give plain lists, methods work on the subclass instance, the
# instance has a __dict__, repr is the list's, and comparisons are a list's.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print(s, type(s).__name__, len(s), s.peek(), s[0], s[-2])
print(s[1:], type(s[1:]).__name__, type(s + [4]).__name__, type([0] + s).__name__)
print(type(s * 2).__name__, type(2 * s).__name__, type(s.copy()).__name__)
print(s == [1, 2, 3], s != [1, 2], s < [1, 2, 4], [1, 2, 3] == s)
print(isinstance(s, list), isinstance(s, Stack), issubclass(Stack, list), Stack.__mro__)
s.label = "top"
print(s.label, s.__dict__, vars(s))
s += [9]
print(s, type(s).__name__)
s *= 2
print(s, type(s).__name__)
s.sort()
print(s, s.pop(), s.index(2), s.count(9), 3 in s, 7 in s)
s.reverse()
print(list(s), sorted(s), list(reversed(s)), [x * 2 for x in s])
del s[0]
s[0] = "x"
print(s, bool(Stack()), bool(s), str(s))
e = Stack()
e.extend(range(3))
e.insert(0, -1)
print(e, sum(e), max(e), min(e))
print(Stack("abc"), Stack(), Stack(x for x in (1, 2)))
