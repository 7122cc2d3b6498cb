# time.strptime and datetime.strptime through CPython's _strptime (a few
# formats: each new one compiles a regular expression).
import time
import datetime

FMT = "%Y-%m-%d %H:%M:%S"
print(time.strptime("2024-03-05 10:11:12", FMT))
print(time.strptime("1999-12-31 23:59:60", FMT)[:6])
dt = datetime.datetime.strptime("2024-03-05 01:02:03", FMT)
print(repr(dt))


class MyDT(datetime.datetime):
    pass


print(type(MyDT.strptime("2020-01-02 03:04:05", FMT)).__name__)
print(repr(datetime.datetime.strptime("2024-03-05T10:11:12+01:30", "%Y-%m-%dT%H:%M:%S%z")))
for args in [("x", FMT), ("2024-13-01 00:00:00", FMT), ("2024-01-01 00:00:00 x", FMT),
             ("2024", "%Q"), ("2024", "%")]:
    try:
        time.strptime(*args)
    except ValueError as e:
        print("ValueError:", e)
for args in [(), (2024, FMT)]:
    try:
        time.strptime(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    time.strptime("2024", format="%Y")
except TypeError as e:
    print("TypeError:", e)
try:
    datetime.datetime.strptime("2024-02-31 00:00:00", FMT)
except ValueError as e:
    print("ValueError:", e)
