"""An ordinary command-line program: argparse options, a directory of CSV
files found with pathlib's glob, totals written back as CSV, shlex for a
configured command, fnmatch filters, calendar for the report header."""
import argparse
import calendar
import csv
import fnmatch
import io
import shlex
import tempfile
from pathlib import Path


def build_parser():
    p = argparse.ArgumentParser(prog='report', description='Sum sales per region.')
    p.add_argument('root', type=Path, help='folder with the CSV files')
    p.add_argument('--exclude', action='append', default=[], metavar='PATTERN',
                   help='skip files matching PATTERN (repeatable)')
    p.add_argument('--month', type=int, choices=range(1, 13), default=3)
    p.add_argument('--year', type=int, default=2024)
    p.add_argument('--out', default='totals.csv')
    p.add_argument('--post', default='mail -s "Sales report" team@example.com',
                   help='command to run afterwards (shell syntax)')
    return p


def collect(root, excludes):
    totals = {}
    for path in sorted(root.rglob('*.csv')):
        rel = path.relative_to(root).as_posix()
        if any(fnmatch.fnmatch(rel, pat) for pat in excludes):
            print('skip', rel)
            continue
        with path.open(newline='') as f:
            for row in csv.DictReader(f):
                totals[row['region']] = totals.get(row['region'], 0) + int(row['amount'])
        print('read', rel)
    return totals


with tempfile.TemporaryDirectory() as d:
    root = Path(d)
    (root / 'north').mkdir()
    (root / 'south' / 'old').mkdir(parents=True)
    samples = {
        'north/jan.csv': [('north', 10), ('east', 5)],
        'north/feb.csv': [('north', 7)],
        'south/mar.csv': [('south', 12), ('east', 1)],
        'south/old/2019.csv': [('south', 1000)],
    }
    for name, rows in samples.items():
        with (root / name).open('w', newline='') as f:
            w = csv.writer(f)
            w.writerow(['region', 'amount'])
            w.writerows(rows)
    (root / 'notes.txt').write_text('not a csv\n')

    args = build_parser().parse_args([d, '--exclude', '*/old/*', '--month', '2', '--out', 'sum.csv'])
    print(calendar.month_name[args.month], args.year, calendar.monthrange(args.year, args.month))
    totals = collect(args.root, args.exclude)
    out_path = args.root / args.out
    with out_path.open('w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['region', 'total'])
        for region in sorted(totals):
            w.writerow([region, totals[region]])
    print(out_path.read_text(), end='')
    print(shlex.split(args.post))
    print(sorted(p.name for p in args.root.glob('*') if p.is_file()))
    buf = io.StringIO()
    build_parser().print_help(buf)
    print(buf.getvalue(), end='')
