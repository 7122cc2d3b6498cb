# list_subscript and list_ass_subscript: a non-integer index is "list
# indices must be integers or slices" whether the list is read, assigned or
# deleted from (test_list's test_setitem); only the IndexError of an
# assignment says "list assignment index out of range".
class Index:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


a = [1, 2]
for label, op in [
    ('get str', lambda: a['x']),
    ('set str', lambda: a.__setitem__('x', 1)),
    ('del str', lambda: a.__delitem__('x')),
    ('set float', lambda: a.__setitem__(1.5, 2)),
    ('set None', lambda: a.__setitem__(None, 2)),
    ('set out of range', lambda: a.__setitem__(5, 1)),
    ('del out of range', lambda: a.__delitem__(-3)),
    ('get out of range', lambda: a[2]),
    ('set huge', lambda: a.__setitem__(2**70, 1)),
]:
    try:
        op()
    except (TypeError, IndexError) as e:
        print(label, type(e).__name__, e)
a[Index(1)] = 'via __index__'
print(a)
