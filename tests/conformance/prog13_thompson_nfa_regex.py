"""Thompson's construction: regex -> postfix -> NFA -> simulation."""

class State:
    __slots__ = ("c", "out", "out1", "lastlist", "id")
    counter = 0

    def __init__(self, c, out=None, out1=None):
        self.c = c
        self.out = out
        self.out1 = out1
        self.lastlist = -1
        State.counter += 1
        self.id = State.counter

    def __repr__(self):
        return f"State({self.c!r}, id={self.id})"

MATCH = "MATCH"
SPLIT = "SPLIT"

class Frag:
    def __init__(self, start, outs):
        self.start = start
        self.outs = outs  # list of (state, attr)

def patch(outs, s):
    for st, attr in outs:
        setattr(st, attr, s)

def re2post(re):
    out = []
    nalt = natom = 0
    stack = []
    for ch in re:
        if ch == "(":
            if natom > 1:
                natom -= 1
                out.append(".")
            stack.append((nalt, natom))
            nalt = natom = 0
        elif ch == "|":
            if natom == 0:
                raise ValueError("empty alternative")
            while natom > 1:
                natom -= 1
                out.append(".")
            nalt += 1
            natom = 0
        elif ch == ")":
            if not stack or natom == 0:
                raise ValueError("bad paren")
            while natom > 1:
                natom -= 1
                out.append(".")
            out.extend("|" * nalt)
            nalt, natom = stack.pop()
            natom += 1
        elif ch in "*+?":
            if natom == 0:
                raise ValueError(f"nothing to repeat at {ch!r}")
            out.append(ch)
        else:
            if natom > 1:
                natom -= 1
                out.append(".")
            out.append(ch)
            natom += 1
    if stack:
        raise ValueError("unbalanced")
    while natom > 1:
        natom -= 1
        out.append(".")
    out.extend("|" * nalt)
    return "".join(out)

def post2nfa(post):
    st = []
    for ch in post:
        if ch == ".":
            e2 = st.pop(); e1 = st.pop()
            patch(e1.outs, e2.start)
            st.append(Frag(e1.start, e2.outs))
        elif ch == "|":
            e2 = st.pop(); e1 = st.pop()
            s = State(SPLIT, e1.start, e2.start)
            st.append(Frag(s, e1.outs + e2.outs))
        elif ch == "?":
            e = st.pop()
            s = State(SPLIT, e.start)
            st.append(Frag(s, e.outs + [(s, "out1")]))
        elif ch == "*":
            e = st.pop()
            s = State(SPLIT, e.start)
            patch(e.outs, s)
            st.append(Frag(s, [(s, "out1")]))
        elif ch == "+":
            e = st.pop()
            s = State(SPLIT, e.start)
            patch(e.outs, s)
            st.append(Frag(e.start, [(s, "out1")]))
        else:
            s = State(ch)
            st.append(Frag(s, [(s, "out")]))
    e = st.pop()
    assert not st, st
    m = State(MATCH)
    patch(e.outs, m)
    return e.start

class Matcher:
    def __init__(self, pattern):
        self.pattern = pattern
        self.post = re2post(pattern)
        self.start = post2nfa(self.post)
        self.listid = 0

    def addstate(self, l, s):
        if s is None or s.lastlist == self.listid:
            return
        s.lastlist = self.listid
        if s.c is SPLIT:
            self.addstate(l, s.out)
            self.addstate(l, s.out1)
            return
        l.append(s)

    def match(self, text):
        self.listid += 1
        clist = []
        self.addstate(clist, self.start)
        for ch in text:
            self.listid += 1
            nlist = []
            for s in clist:
                if s.c == ch or s.c == "ANY" and False:
                    self.addstate(nlist, s.out)
            clist = nlist
        return any(s.c is MATCH for s in clist)

    def count_states(self):
        seen = set()
        todo = [self.start]
        while todo:
            s = todo.pop()
            if s is None or id(s) in seen:
                continue
            seen.add(id(s))
            todo.extend([s.out, s.out1])
        return len(seen)

tests = [
    ("a(b|c)*d", ["ad", "abd", "abcbcd", "abx", "a", "acd"]),
    ("(a|b)+c?", ["a", "ab", "abc", "c", "", "bbbbc"]),
    ("x?y?z?", ["", "xyz", "xz", "zz"]),
    ("(ab)*", ["", "ab", "abab", "aba"]),
]
for pat, words in tests:
    m = Matcher(pat)
    print(f"{pat!r:12} post={m.post!r:14} states={m.count_states()}")
    print("   ", {w: m.match(w) for w in words})

import re as std_re
for pat, words in tests:
    ours = [Matcher(pat).match(w) for w in words]
    theirs = [std_re.fullmatch(pat, w) is not None for w in words]
    print(pat, ours == theirs)

for bad in ["*a", "a||b", "(a", "a)", "+"]:
    try:
        Matcher(bad)
    except (ValueError, IndexError) as e:
        print(f"{bad!r}: {type(e).__name__}: {e}")
print(State.counter, repr(Matcher("ab").start), State.__slots__)
try:
    State("q").extra = 1
except AttributeError as e:
    print(e)
