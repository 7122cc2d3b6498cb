# array: what each typecode accepts, with the C module's OverflowError and
# TypeError messages, and bad constructor/operation arguments.
from array import array
import array as am
print(am.typecodes, am.ArrayType is array, array.__module__)
for tc in 'bBhHiIlLqQ':
    for v in (2**70, -2**70, 2**31, -2**31 - 1, 2**63, -1, 256, 2**16, 2**32, 2**64):
        try: array(tc, [v]); 
        except OverflowError as e: print(tc, v, 'OverflowError', e)
        except Exception as e: print(tc, v, type(e).__name__, e)
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: array('z'))
t(lambda: array('i', 'abc'))
t(lambda: array('u', [1]))
t(lambda: array('i', [1.5]))
t(lambda: array('d', ['x']))
t(lambda: array('u', 'héllo'))
t(lambda: array('f', [1.1, 2]))
t(lambda: array('d', [1, 2.5]))
t(lambda: array('i'))
t(lambda: array('b', b'\x01\xff'))
t(lambda: array('h', b'\x01\xff\x02'))
t(lambda: array('i', range(3)))
t(lambda: array('i', array('i', [1])))
t(lambda: array('d', array('i', [1])))
t(lambda: array('u', array('i', [1])))
t(lambda: array('i', [1]) + array('d', [1]))
t(lambda: array('i', [1]) + [2])
t(lambda: array('i', [1, 2]) * 2)
t(lambda: array('i', [1, 2])[5])
t(lambda: array('i', [1, 2])[::-1])
t(lambda: array('i', [1, 2]).index(5))
t(lambda: array('i', [1, 2]).remove(5))
t(lambda: array('i').pop())
t(lambda: array('i', [1]).pop(5))
t(lambda: array('i', [1, 2, 3]).buffer_info()[1])
