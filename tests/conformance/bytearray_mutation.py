# bytearray is bytes made mutable: item and slice assignment (same length,
# growing, shrinking, extended slices), deletion, append/extend/insert/
# pop/remove/clear/reverse/copy, += and *= changing the object itself,
# and CPython's error messages for each bad call.
def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

ba = bytearray(b'hello')
alias = ba
ba[0] = 72
ba[1:3] = b'EY'
ba[-1:] = b'O!!'
print(ba, alias is ba, len(ba))
ba[::2] = b'abcd'
print(ba)
del ba[0]
del ba[1:3]
del ba[::2]
print(ba)
ba.append(65); ba.extend(b'xy'); ba.extend([49, 50]); ba.extend(bytearray(b'!')); ba.insert(0, 35); ba.insert(-1, 36); ba.insert(100, 37)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(120)
ba.reverse()
print(ba, ba.copy(), ba.copy() is ba)
ba += b'++'
ba *= 2
print(ba, alias is ba)
ba.clear()
print(ba, len(ba), bool(ba))
ba = bytearray(b'hello')
attempt('ba[0] = 300', lambda: ba.__setitem__(0, 300))
attempt("ba[0] = 'a'", lambda: ba.__setitem__(0, 'a'))
attempt('ba[9] = 1', lambda: ba.__setitem__(9, 1))
attempt('del ba[9]', lambda: ba.__delitem__(9))
attempt('ba.pop(9)', lambda: ba.pop(9))
attempt('bytearray().pop()', lambda: bytearray().pop())
attempt('ba.remove(99)', lambda: ba.remove(99))
attempt('ba.append(256)', lambda: ba.append(256))
attempt("ba.append(b'x')", lambda: ba.append(b'x'))
attempt("ba.extend('ab')", lambda: ba.extend('ab'))
attempt('ba.extend(5)', lambda: ba.extend(5))
attempt('hash(ba)', lambda: hash(ba))
attempt("ba + 'x'", lambda: ba + 'x')
def slice_assign(value):
    b = bytearray(b'hello')
    b[1:3] = value
    return b
def ext_slice_assign(value):
    b = bytearray(b'hello')
    b[::2] = value
    return b
def iadd(value):
    b = bytearray(b'x')
    b += value
    return b
attempt('b[1:3] = 5', lambda: slice_assign(5))
attempt("b[1:3] = 'ab'", lambda: slice_assign('ab'))
attempt('b[1:3] = [65, 66, 67]', lambda: slice_assign([65, 66, 67]))
attempt('b[1:3] = [300]', lambda: slice_assign([300]))
attempt("b[::2] = b'ab'", lambda: ext_slice_assign(b'ab'))
attempt("b += 'x'", lambda: iadd('x'))
attempt('b += [1]', lambda: iadd([1]))
print(ba)
