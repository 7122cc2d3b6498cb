import csv
import io
import os
import tempfile

rows = [['name', 'qty', 'note'], ['apple', 3, 'red, round'], ['pear', 2.5, 'says "hi"'],
        ['fig', None, 'line\nbreak'], ['', '', ''], [' lead', True, 'tab\there']]
for dialect in ['excel', 'excel-tab', 'unix']:
    buf = io.StringIO()
    w = csv.writer(buf, dialect=dialect)
    print(dialect, [w.writerow(r) for r in rows[:2]], w.writerows(rows[2:]))
    text = buf.getvalue()
    print(repr(text))
    back = list(csv.reader(io.StringIO(text, newline=''), dialect))
    print(back)
for quoting in [csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]:
    buf = io.StringIO()
    csv.writer(buf, quoting=quoting).writerows([['a', 1, 2.5, None, '', 'x,y']])
    print(quoting, repr(buf.getvalue()))
buf = io.StringIO()
csv.writer(buf, quoting=csv.QUOTE_NONE, escapechar='\\').writerow(['a,b', 'c"d', 'e\\f', 'g\nh'])
print(repr(buf.getvalue()))
buf = io.StringIO()
csv.writer(buf, delimiter=';', quotechar="'", lineterminator='\n', doublequote=False, escapechar='\\').writerow(["it's", 'a;b', 'plain'])
print(repr(buf.getvalue()))

print(list(csv.reader(['1,"two",3.5, 4'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a, b,  "c d"'], skipinitialspace=True)))
print(list(csv.reader(['a\\,b,"c\\"d"'], escapechar='\\')))
print(list(csv.reader(['a,"b,c"'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['"a"b,c', 'x"y"z', '"multi', 'line",end'])))
print(list(csv.reader(['', 'a,', ',', '""', '" "'])))
r = csv.reader(['h1,h2\r\n', '1,2\r\n', '"3\r\n', '4",5\r\n'])
for row in r:
    print(r.line_num, row)
print(type(r).__name__, type(r), r.dialect.delimiter, type(r.dialect))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'people.csv')
    with open(path, 'w', newline='') as f:
        dw = csv.DictWriter(f, fieldnames=['name', 'age', 'city'], restval='?')
        dw.writeheader()
        dw.writerows([{'name': 'Ann', 'age': 31, 'city': 'Oslo'}, {'name': 'Bob', 'age': 4}])
        dw.writerow({'name': 'Cy, Jr.', 'city': 'Rome "eternal"', 'age': None})
    with open(path, newline='') as f:
        print(repr(f.read()))
    with open(path, newline='') as f:
        dr = csv.DictReader(f)
        print(dr.fieldnames, dr.line_num)
        for rec in dr:
            print(dr.line_num, rec)
    with open(path, newline='') as f:
        dr = csv.DictReader(f, fieldnames=['a', 'b'], restkey='rest')
        print(list(dr))
    with open(path, newline='') as f:
        dr = csv.DictReader(f, fieldnames=['a', 'b', 'c', 'd', 'e'], restval='-')
        print(next(dr), next(dr))
    with open(path, 'w', newline='') as f:
        f.write('x,y\n\n1,2\n\n')
    with open(path, newline='') as f:
        print(list(csv.DictReader(f)))
    print(list(csv.DictReader(io.StringIO(''))), csv.DictReader(io.StringIO('')).fieldnames)
dw = csv.DictWriter(io.StringIO(), ['a'], extrasaction='ignore')
print(dw.writerow({'a': 1, 'zzz': 2}))
