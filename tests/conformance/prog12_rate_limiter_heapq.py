"""A rate limiter with a fake clock and heapq-based scheduler."""
import heapq
import itertools
from collections import deque, defaultdict
from dataclasses import dataclass, field


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now

    def advance(self, dt):
        self.now = round(self.now + dt, 6)


class TokenBucket:
    def __init__(self, clock, rate, capacity):
        self.clock, self.rate, self.capacity = clock, rate, capacity
        self.tokens = capacity
        self.last = clock()

    def allow(self, cost=1):
        now = self.clock()
        self.tokens = min(self.capacity, self.tokens + (now - self.last) * self.rate)
        self.last = now
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False


class SlidingWindow:
    def __init__(self, clock, limit, window):
        self.clock, self.limit, self.window = clock, limit, window
        self.hits = defaultdict(deque)

    def allow(self, key):
        now = self.clock()
        q = self.hits[key]
        while q and q[0] <= now - self.window:
            q.popleft()
        if len(q) < self.limit:
            q.append(now)
            return True
        return False


@dataclass(order=True)
class Job:
    when: float
    seq: int
    name: str = field(compare=False)
    action: object = field(compare=False, repr=False)


class Scheduler:
    def __init__(self, clock):
        self.clock = clock
        self.queue = []
        self.seq = itertools.count()

    def call_later(self, delay, name, action):
        job = Job(self.clock() + delay, next(self.seq), name, action)
        heapq.heappush(self.queue, job)
        return job

    def run_until(self, t):
        while self.queue and self.queue[0].when <= t:
            job = heapq.heappop(self.queue)
            self.clock.now = job.when
            job.action(job)
        self.clock.now = t


clock = FakeClock()
bucket = TokenBucket(clock, rate=2, capacity=3)
window = SlidingWindow(clock, limit=2, window=1.0)
sched = Scheduler(clock)
events = []


def request(user):
    def act(job):
        ok_b = bucket.allow()
        ok_w = window.allow(user)
        events.append((job.when, user, ok_b, ok_w))
        print(f"t={job.when:5.2f} {job.name:<8} bucket={'ok' if ok_b else 'DENY':4} window={'ok' if ok_w else 'DENY'}")
    return act


for i, t in enumerate([0, 0.1, 0.2, 0.25, 0.3, 1.1, 1.15, 1.2, 2.5, 2.6]):
    user = "alice" if i % 3 else "bob"
    sched.call_later(t, f"{user}#{i}", request(user))
print("queued:", len(sched.queue), "first:", sched.queue[0])
sched.run_until(3.0)
print("clock:", clock())
by_user = defaultdict(lambda: [0, 0])
for when, user, ok_b, ok_w in events:
    by_user[user][0] += ok_b and ok_w
    by_user[user][1] += 1
for user, (ok, total) in sorted(by_user.items()):
    print(f"{user}: {ok}/{total} allowed ({ok / total:.0%})")
print("nsmallest:", heapq.nsmallest(3, [5, 1, 8, 3, 9, 2]))
print("nlargest by key:", heapq.nlargest(2, events, key=lambda e: e[0]))
merged = list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9]))
print("merge:", merged)
h = [(3, "c"), (1, "a"), (2, "b")]
heapq.heapify(h)
print("pushpop:", heapq.heappushpop(h, (0, "z")), "replace:", heapq.heapreplace(h, (5, "e")), h)
