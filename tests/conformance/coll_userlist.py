# UserList: a list wrapper that is a MutableSequence; slicing gives a
# UserList of the same class, + and * build new ones, += extends in place.
from collections import UserList
from collections.abc import MutableSequence

ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul[0], ul + [9], [8] + ul, ul * 2, len(ul), 2 in ul, ul == [0, 1, 2, 3], ul < [5])
ul.extend(UserList([7]))
ul += (6,)
print(ul, ul.pop(), ul.index(7), ul.count(1), type(ul.copy()).__name__)
ul.reverse()
ul.remove(7)
print(ul, isinstance(ul, MutableSequence), isinstance(ul, list))

