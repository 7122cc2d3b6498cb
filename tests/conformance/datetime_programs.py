# Ordinary programs with dates: a heapq agenda of (datetime, name) that
# pops in time order, json export with isoformat and a default=str hook,
# grouping a month's days by ISO week with itertools.groupby, a Counter of
# weekdays, durations summed and averaged, and a reminder object per event
# that dies when its event is removed from the agenda.
import heapq, json, itertools, weakref
from collections import Counter
from datetime import date, datetime, timedelta, timezone

class Reminder:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  reminder for", self.name, "dropped")

start = datetime(2024, 3, 1, 9, 0)
agenda = []
reminders = weakref.WeakValueDictionary()
for offset, name in [(26, 'review'), (2, 'standup'), (50, 'retro'), (5, 'deploy')]:
    r = Reminder(name)
    reminders[name] = r
    heapq.heappush(agenda, (start + timedelta(hours=offset), name, r))
del r
while agenda:
    when, name, _ = heapq.heappop(agenda)
    print(when.strftime('%a %d %H:%M'), name, sorted(reminders))

events = {'launch': datetime(2024, 6, 1, 12, tzinfo=timezone.utc), 'freeze': date(2024, 5, 20)}
print(json.dumps({k: v.isoformat() for k, v in events.items()}, sort_keys=True))
print(json.dumps(events, default=str, sort_keys=True))
try:
    json.dumps(events)
except TypeError as e:
    print('TypeError:', e)

days = [date(2024, 2, 1) + timedelta(days=i) for i in range(29)]
for week, group in itertools.groupby(days, key=lambda d: d.isocalendar().week):
    group = list(group)
    print(week, group[0].isoformat(), '..', group[-1].isoformat(), len(group))
print(Counter(d.strftime('%A') for d in days).most_common(3))

sessions = [timedelta(minutes=m) for m in (25, 50, 45, 90, 30)]
total = sum(sessions, timedelta())
print(total, total / len(sessions), max(sessions), min(sessions), sorted(sessions)[len(sessions) // 2])
deadline = datetime(2024, 12, 31, 23, 59)
for now in (datetime(2024, 12, 1), datetime(2024, 12, 31, 23, 0), datetime(2025, 1, 1)):
    left = deadline - now
    print(now.date(), 'overdue' if left < timedelta(0) else f'{left.days} days {left.seconds // 3600} hours left')
