# The fix of iterate_while_collecting.py: iterate items(). Each session
# comes with a strong reference held by the loop variable, so a collection
# in the loop body cannot take it; `gclab explore` finds no failing schedule.
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
for user, session in sessions.items():
    audit.append((user, "seen"))
    if session.active:
        print("active:", user)
del session
print("report done")
