import time
import logging
import sys
t = (2020, 1, 5, 13, 4, 5, 6, 5, 0)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %p %I %c|%x|%X|%z|%Z|%%|%e|%D|%T", t))
print(time.asctime(t), time.mktime(t), time.mktime((1969, 12, 31, 23, 59, 59, 0, 365, 0)), time.timezone, time.tzname, time.daylight)
print(time.strftime("%Y %Z", time.gmtime(86400 * 365)), time.asctime(time.gmtime(10 ** 9)), time.ctime(10 ** 9))
print(time.strftime("%m/%d", (2021, 0, 0, 0, 0, 0, 0, 0, 0)), time.localtime(time.mktime(t))[:6] == t[:6])
for bad in [(1, 2), "x", (2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 25, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -1, 1, 0), (2020, 1, 1.5, 0, 0, 0, 0, 1, 0)]:
    try:
        time.strftime("%Y", bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    time.strftime(5)
except TypeError as e:
    print(e)
f = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y")
r = logging.makeLogRecord({"msg": "m", "created": 1600000000.5, "msecs": 500})
print(f.format(r), f.formatTime(r, "%H:%M:%S"), logging.Formatter().formatTime(r))
print(repr('%05.3d|%-05.3d|%#06.3x|%.3d' % (7, 7, 10, True)), repr(b'%.3d|%05.2x' % (5, 10)))
print('%.2d|%5.3d|%-6.3x|%+.3d|%.0d|%.3i|%#.4x|%.3u|%.2o|%.*d' % (4, 7, 255, 5, 0, -3, 10, 9, 8, 4, 12))
