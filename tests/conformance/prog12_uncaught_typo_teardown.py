"""A session manager that crashes on a typo: what is freed, and when, after the traceback."""
import atexit
import weakref


class Session:
    def __init__(self, user):
        self.user = user
        self.items = []
        print(f"open session {user}")

    def add(self, item):
        self.items.append(item)
        return self

    def __del__(self):
        print(f"close session {self.user} ({len(self.items)} items)")


class Cache:
    def __init__(self):
        self.entries = {}
        self.me = self

    def __del__(self):
        print(f"cache dropped with {len(self.entries)} entries")


def on_exit():
    print("atexit: saving state")


atexit.register(on_exit)
alice = Session("alice").add("book").add("pen")
bob = Session("bob")
weakref.finalize(bob, print, "finalize bob")
cache = Cache()
cache.entries["alice"] = alice
sessions = [alice, bob]
print("total items:", sum(len(s.items) for s in sessions))
print(alice.itmes)
