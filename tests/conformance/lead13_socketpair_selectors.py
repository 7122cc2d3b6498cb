# socket.socketpair, select.epoll/select.select and selectors over them:
# the simulated descriptors, readiness, EOF, errors and the objects'
# lifetimes (a socket closes itself when it dies).
import gc
import select
import selectors
import socket
import time

a, b = socket.socketpair()
print(type(a).__mro__)
print(a.family, b.type, repr(a.family), repr(b.type), a.proto)
print(repr(a).replace(str(a.fileno()), 'N'))
print(a.getblocking(), a.gettimeout(), gc.is_tracked(a))
print(a.send(b"hello"), b.recv(3), b.recv(10))
a.sendall(b"xyz")
buf = bytearray(5)
print(b.recv_into(buf), buf)

b.setblocking(False)
try:
    b.recv(1)
except BlockingIOError as e:
    print(type(e).__name__, e.errno, e)
print(b.getblocking(), b.gettimeout())

b.settimeout(0.25)
t0 = time.monotonic()
try:
    b.recv(1)
except TimeoutError as e:
    print("timeout:", e, time.monotonic() - t0 >= 0.25)
except socket.timeout as e:
    print("timeout (alias):", e)

sel = selectors.DefaultSelector()
print(type(sel).__name__)
key = sel.register(b, selectors.EVENT_READ, data="reader")
print(key.events, key.data, key.fileobj is b, len(sel.get_map()))
print(sel.select(0))
a.send(b"!")
ready = sel.select(0)
print([(k.data, mask) for k, mask in ready])
print(b.recv(10))
print(sel.select(0.001))
try:
    sel.register(b, selectors.EVENT_READ)
except KeyError as e:
    print("KeyError", e)
sel.modify(b, selectors.EVENT_READ | selectors.EVENT_WRITE, data="both")
print([(k.data, mask) for k, mask in sel.select(0)])
sel.unregister(b)
try:
    sel.get_key(b)
except KeyError as e:
    print("KeyError", e)
sel.close()

r, w, x = select.select([a, b], [a], [], 0)
print(len(r), len(w), x)
a.send(b"q")
r, w, x = select.select([a, b], [], [], 0)
print([s is b for s in r])

ep = select.epoll()
print(gc.is_tracked(ep), ep.closed)
ep.register(b.fileno(), select.EPOLLIN)
print(ep.poll(0) == [(b.fileno(), select.EPOLLIN)])
try:
    ep.register(b.fileno(), select.EPOLLIN)
except FileExistsError as e:
    print(type(e).__name__, e)
ep.unregister(b.fileno())
try:
    ep.unregister(b.fileno())
except FileNotFoundError as e:
    print(type(e).__name__, e)
ep.close()
print(ep.closed)
try:
    ep.poll(0)
except ValueError as e:
    print("ValueError", e)

# EOF and a broken pipe once the peer is closed.
print(b.recv(5))
a.close()
print(b.recv(5), b.recv(5))
try:
    b.send(b"x")
except BrokenPipeError as e:
    print(type(e).__name__, e.errno)
print(repr(a))
try:
    a.recv(1)
except OSError as e:
    print(type(e).__name__, e)

# A socket dies by reference counting: its descriptor is free again.
c, d = socket.socketpair()
fds = (c.fileno(), d.fileno())
del c, d
e, f = socket.socketpair()
print((e.fileno(), f.fileno()) == fds)
with e, f:
    pass
print(e.fileno(), f._closed)

g, h = socket.socketpair()
try:
    g.send("text")
except TypeError as exc:
    print("TypeError", exc)
for bad in (-1, "x"):
    try:
        g.recv(bad)
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)
try:
    selectors.DefaultSelector().register(-5, selectors.EVENT_READ)
except ValueError as exc:
    print("ValueError", exc)
try:
    selectors.DefaultSelector().register(g, 0)
except ValueError as exc:
    print("ValueError", exc)
