# time.strptime and datetime.strptime through CPython's _strptime.
import time
import datetime
import _strptime

print(time.strptime("2024-03-05 10:11:12", "%Y-%m-%d %H:%M:%S"))
print(time.strptime("Tue Mar  5 10:11:12 2024"))
print(time.strptime("24", "%y").tm_year, time.strptime("69", "%y").tm_year)
print(time.strptime("2024 65", "%Y %j")[:3])
print(time.strptime("Week 10 of 2024, day 2", "Week %W of %Y, day %w")[:3])
print(time.strptime("  5 mAR 2024", " %d %b %Y")[:3])
print(time.strptime("12 AM", "%I %p").tm_hour, time.strptime("12 PM", "%I %p").tm_hour)
print(time.strptime("03/05/24", "%x")[:3], time.strptime("10:11:12", "%X")[3:6])
st = time.strptime("2020 +0130", "%Y %z")
print(st.tm_gmtoff, st.tm_zone)
print(time.strptime("UTC 2020", "%Z %Y").tm_isdst)

dt = datetime.datetime.strptime("5 March 2024 1:02 PM", "%d %B %Y %I:%M %p")
print(repr(dt))
print(repr(datetime.datetime.strptime("2024-03-05T10:11:12.5+01:30", "%Y-%m-%dT%H:%M:%S.%f%z")))
print(repr(datetime.datetime.strptime("2024-03-05T10:11:12Z", "%Y-%m-%dT%H:%M:%S%z")))
print(repr(datetime.datetime.strptime("2024-W10-1", "%G-W%V-%u")))


class MyDT(datetime.datetime):
    pass


print(type(MyDT.strptime("2020", "%Y")).__name__)

for args in [("x", "%Y"), ("2024-13-01", "%Y-%m-%d"), ("2024", "%Y %m"),
             ("2024 x", "%Y"), ("2024", "%Q"), ("2024", "%"), ("2024 10", "%G %V"),
             ("2024 1", "%Y %U")]:
    try:
        time.strptime(*args)
    except ValueError as e:
        print("ValueError:", e)
for args in [(), (2024, "%Y"), ("2024", 5)]:
    try:
        time.strptime(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    time.strptime("2024", format="%Y")
except TypeError as e:
    print("TypeError:", e)
try:
    datetime.datetime.strptime("31/02/2024", "%d/%m/%Y")
except ValueError as e:
    print("ValueError:", e)
print(sorted(_strptime._regex_cache)[:3])
