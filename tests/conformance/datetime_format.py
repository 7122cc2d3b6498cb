# Text forms: isoformat with sep and timespec, str, ctime, strftime in the
# C locale (%a %A %b %B %c %d %f %H %I %j %m %M %p %S %U %W %w %x %X %y %Y
# %z %Z %% and the glibc ones %e %F %T %-d), format()/f-strings, and the
# parsers: fromisoformat (3.11's extended forms) and strptime, with their
# ValueErrors.
from datetime import date, time, datetime, timedelta, timezone

t = datetime(2020, 5, 17, 13, 4, 5, 123456, tzinfo=timezone(timedelta(hours=5, minutes=30)))
for spec in ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'):
    print(spec, t.isoformat(timespec=spec), time(1, 2, 3, 450).isoformat(spec))
print(t.isoformat(' '), t.isoformat(sep='_'), str(t), t.ctime(), date(2020, 5, 7).ctime())
print(datetime(2020, 5, 17, 13, 4, 5).isoformat(), str(time(13, 4)), str(time(13, 4, 0, 5)))
print(datetime(5, 1, 1).isoformat(), date(33, 3, 3).isoformat(), date(5, 1, 1).strftime('%Y|%y|%C'))
fmt = '%Y %j %U %W %w %a %A %b %B %p %I %y %d %m %H %M %S %f'
for v in (datetime(2020, 5, 17), datetime(2021, 1, 1, 23, 59), datetime(2024, 12, 31, 12, 0, 1, 7), datetime(2023, 1, 2, 0, 30)):
    print(v.strftime(fmt), '|', v.strftime('%c|%x|%X|%e|%F|%T|%-d/%-m %%|%G-%V-%u'))
print(t.strftime('%z %Z %H:%M'), datetime(2020, 1, 1).strftime('[%z][%Z]'),
      datetime(2020, 5, 17, 1, 2, 3, 4, tzinfo=timezone(timedelta(hours=-3, seconds=-1))).strftime('%z %Z %f'))
print(time(13, 4, 5).strftime('%H:%M %p %Y-%m-%d'), date(2020, 5, 17).strftime('%H:%M:%S'))
print(f'{date(2020, 5, 17)}', f'{date(2020, 5, 17):%d/%m/%Y}', f'{t:%H:%M}', format(time(9), ''), format(time(9), '%I %p'))
print(f'{datetime(2020, 5, 17):%A, %B %d}', '{:%Y}'.format(date(1999, 1, 1)))

iso = ['2011-11-04', '20111104', '2011-W01-2', '2011W012', '2011-W01', '2011-11-04T00:05:23',
       '2011-11-04T00:05:23.283+00:00', '20111104T000523Z', '2011-W01-2T00:05:23.283',
       '2011-11-04 00:05:23.283+05:30', '2011-11-04T00:05', '2011-11-04T00', '2011-11-04T10:00:00,5-05:30',
       '2020-01-01T10:00:00.1234567', 'x', '2020-1-1', '2020-01-01T25:00', '2020-13-01', '2020-02-30',
       '2020-01-01T10:00+25:00', '2020-01-01T', '2020-01-01T1']
for s in iso:
    for kind in (date, datetime):
        try:
            print(kind.__name__, s, '->', repr(kind.fromisoformat(s)))
        except ValueError as e:
            print(kind.__name__, s, '!! ValueError:', e)
for s in ['04:23:01', '04:23:01.000384', '04:23:01,384', '04:23', '0423', '042301', '04:23:01+04:00', '04:23Z', 'T04:23', '25:00', '1', '04:23:01.']:
    try:
        print('time', s, '->', repr(time.fromisoformat(s)))
    except ValueError as e:
        print('time', s, '!! ValueError:', e)
for v in (t, datetime(2020, 1, 1), date(2020, 1, 1), time(4, 5, 6, 7, tzinfo=timezone.utc)):
    print(type(v).fromisoformat(v.isoformat()) == v)
try:
    date.fromisoformat(20200101)
except TypeError as e:
    print('TypeError:', e)

parse = [('17/05/20 13:04', '%d/%m/%y %H:%M'), ('Sun May 17 2020', '%a %b %d %Y'),
         ('2020-05-17T13:04:05.123+0200', '%Y-%m-%dT%H:%M:%S.%f%z'), ('2020-05-17 13:04:05Z', '%Y-%m-%d %H:%M:%S%z'),
         ('1:30 PM', '%I:%M %p'), ('12:15 am', '%I:%M %p'), ('March 3, 1999', '%B %d, %Y'), ('3  7  2001', '%d %m %Y'),
         ('2020 100', '%Y %j'), ('5', '%m'), ('69', '%y'), ('68', '%y'), ('100%', '%d%%'), ('2020-05-17 +05:30', '%Y-%m-%d %z'),
         ('2020', '%Y-%m'), ('2020-01-01x', '%Y-%m-%d'), ('13:04', '%I:%M'), ('2020-02-30', '%Y-%m-%d'), ('x', '%Q'), ('2020', '%Y%')]
for s, f in parse:
    try:
        print(repr(s), repr(f), '->', repr(datetime.strptime(s, f)))
    except ValueError as e:
        print(repr(s), repr(f), '!! ValueError:', e)
for bad in ["date(2020, 1, 1).strftime(1)", "datetime.strptime(1, '%Y')", "t.isoformat(timespec='x')", "t.isoformat(sep='ab')"]:
    try:
        eval(bad)
    except (TypeError, ValueError) as e:
        print(bad, '!!', type(e).__name__ + ':', e)
