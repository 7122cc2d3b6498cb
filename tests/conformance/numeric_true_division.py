# int / int is correctly rounded for ints of any size (long_true_divide),
# with CPython's OverflowError when the quotient is too large for a float.
def show(label, thunk):
    try:
        r = repr(thunk())
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, "->", r)

show('True / 10**30', lambda: True / 10**30)
show('(10**400) / (10**399)', lambda: (10**400) / (10**399))
show('10**400 / 3', lambda: 10**400 / 3)
show('2**1100 / 2**1000', lambda: 2**1100 / 2**1000)
show('1 / 10**400', lambda: 1 / 10**400)
show('-1 / 10**400', lambda: -1 / 10**400)
show('(2**53 + 1) / 1', lambda: (2**53 + 1) / 1)
show('(2**53 + 3) / 2', lambda: (2**53 + 3) / 2)
show('(10**30) / 7', lambda: (10**30) / 7)
show('-(10**30) / 7', lambda: -(10**30) / 7)
show('10**30 / -7', lambda: 10**30 / -7)
show('(2**1024 - 1) / 1', lambda: (2**1024 - 1) / 1)
show('(2**1024) / 2', lambda: (2**1024) / 2)
show('2**-1074 if False else 1 / 2**1074', lambda: 2**-1074 if False else 1 / 2**1074)
show('3 / 2**1075', lambda: 3 / 2**1075)
show('1 / 2**1076', lambda: 1 / 2**1076)
show('(10**17 + 1) / 10', lambda: (10**17 + 1) / 10)
show('123456789123456789123 / 1000', lambda: 123456789123456789123 / 1000)
show('7 / 0', lambda: 7 / 0)
show('10**400 / 0', lambda: 10**400 / 0)
show('0 / 10**400', lambda: 0 / 10**400)
show('-0 / 5', lambda: -0 / 5)
show('10**20 / 10**20', lambda: 10**20 / 10**20)
show('2**60 / 3', lambda: 2**60 / 3)
show('sum(i / 7 for i in range(50))', lambda: sum(i / 7 for i in range(50)))
