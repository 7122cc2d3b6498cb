# Timing bug 2: iterating a weak container while a collection runs.
#
# A session registry keeps sessions in a WeakValueDictionary. The report
# walks its keys and looks each session up. A session nobody uses any more
# lives on in its reference cycle until the cycle collector runs; keys()
# only yields a key whose session is alive at that moment, but the loop body
# allocates (the audit tuple) before the lookup, a collection can run there,
# the session behind the current key dies, and `sessions[user]` raises
# KeyError. Or, with a collection a little earlier: while the loop runs the
# dictionary defers removing dead entries, the lookup commits those
# removals, and the loop's next step raises "RuntimeError: dictionary
# changed size during iteration" (CPython 3.11 does the same: weakref.py's
# __getitem__ calls _commit_removals under the iteration guard).
#
#   gclab explore examples/timing/iterate_while_collecting.py
#   iterate_while_collecting_fixed.py: iterate items(), which hands out
#   strong references
import weakref


class Session:
    def __init__(self, user, active):
        self.user = user
        self.active = active
        self.handlers = {"close": self.close}  # a bound method of itself: a cycle

    def close(self):
        self.active = False


sessions = weakref.WeakValueDictionary()
in_use = []
for user in ["ann", "bob", "cid", "dee"]:
    s = Session(user, user in ("ann", "cid"))
    sessions[user] = s
    if s.active:
        in_use.append(s)
del s

audit = []
for user in sessions.keys():
    audit.append((user, "seen"))  # allocates: a collection can run here
    session = sessions[user]  # KeyError if it did and took this session
    if session.active:
        print("active:", user)
del session
print("report done")
