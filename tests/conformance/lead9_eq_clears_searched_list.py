class X:
    def __eq__(self, other):
        lst.clear()
        return NotImplemented

def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

lst = [X()]; t("index", lambda: lst.index(lst))
lst = [X()]; t("count", lambda: lst.count(lst))
lst = [X()]; t("remove", lambda: lst.remove(lst))
lst = [X(), X()]; t("in", lambda: 3 in lst)
lst = [X(), X()]; t("in2", lambda: X() in lst)
lst = [X(), X()]; t("eq", lambda: lst == [1, 2])
lst = [X(), X()]; t("lt", lambda: lst < [1, 2])
lst = (X(), X()); t("tuple in", lambda: 3 in lst)

class Y:
    def __eq__(self, other):
        d.clear()
        return NotImplemented
    def __hash__(self):
        return 1
d = {Y(): 1}; t("dict get", lambda: d.get(Y()))
d = {Y(): 1}; t("dict in", lambda: Y() in d)
d = {Y(): 1}; t("dict eq", lambda: d == {Y(): 1})
class Z:
    def __eq__(self, other):
        s.clear()
        return NotImplemented
    def __hash__(self):
        return 1
s = {Z()}; t("set in", lambda: Z() in s)
s = {Z()}; t("set discard", lambda: s.discard(Z()))
