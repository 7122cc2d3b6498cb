import weakref
import gc
from typing import Dict, Any

class Session:
    _live: "weakref.WeakSet[Session]" = weakref.WeakSet()
    def __init__(self, user: str):
        self.user = user
        self.data: Dict[str, Any] = {}
        Session._live.add(self)
        self._finalizer = weakref.finalize(self, Session._on_close, user)
    @staticmethod
    def _on_close(user):
        print(f"session for {user} finalized")
    def close(self):
        self._finalizer()
    @classmethod
    def live_users(cls):
        return sorted(s.user for s in cls._live)

s1, s2, s3 = Session("ann"), Session("bob"), Session("cy")
print(Session.live_users())
s1.close()
print(s1._finalizer.alive)
del s1
print(Session.live_users())
s2.data["self"] = s2
del s2
print(Session.live_users())
gc.collect()
print(Session.live_users())
print("exit with cy alive")
