"""A subscription manager whose unsubscribe is driven by weakref.finalize."""
import weakref
import gc

gc.disable()


class Topic:
    def __init__(self, name):
        self.name = name
        self.subscribers = {}
        self.next_token = 0

    def subscribe(self, owner, handler):
        token = self.next_token
        self.next_token += 1
        self.subscribers[token] = (weakref.ref(owner), handler)
        fin = weakref.finalize(owner, self._unsubscribe, token, repr(owner))
        return token, fin

    def _unsubscribe(self, token, label):
        entry = self.subscribers.pop(token, None)
        print(f"  finalize: {self.name} drops token {token} ({label}); found={entry is not None}")

    def publish(self, message):
        print(f"publish {self.name}: {message!r}")
        for token, (ref, handler) in sorted(self.subscribers.items()):
            owner = ref()
            if owner is None:
                print(f"  token {token}: owner gone (finalizer not run yet)")
                continue
            handler(owner, message)


class Client:
    def __init__(self, name):
        self.name = name
        self.inbox = []

    def __repr__(self):
        return f"Client({self.name})"


def remember(client, message):
    client.inbox.append(message)
    print(f"  {client.name} got {message!r}")


news = Topic("news")
alice = Client("alice")
bob = Client("bob")
carol = Client("carol")
tokens = {}
for c in (alice, bob, carol):
    tokens[c.name] = news.subscribe(c, remember)

print("alive finalizers:", [fin.alive for _, fin in tokens.values()])
news.publish("hello")

print("-- bob leaves by refcount")
del bob
print("subscribers:", sorted(news.subscribers))
news.publish("second")

print("-- carol detaches explicitly")
tok, fin = tokens["carol"]
print("detach ->", fin.detach()[2:])
print("alive after detach:", fin.alive)
del carol
print("subscribers:", sorted(news.subscribers))
news.publish("third")

print("-- alice in a cycle")
alice.self_ref = alice
del alice
print("before collect:", sorted(news.subscribers))
print("collect found", gc.collect())
print("after collect:", sorted(news.subscribers))

print("-- finalize called by hand")
dave = Client("dave")
tok, fin = news.subscribe(dave, remember)
print("call ->", fin())
print("call again ->", fin())
print("alive:", fin.alive)
print("peek:", fin.peek())
del dave

print("-- atexit finalizer")
eve = Client("eve")
tok, fin = news.subscribe(eve, remember)
print("atexit flag:", fin.atexit)
keep = eve
print("end of program")
