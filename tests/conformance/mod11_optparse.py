# optparse: options of every action, groups, callbacks, help formatting and parse errors.
import optparse, sys
from optparse import OptionParser, OptionGroup, make_option
p = OptionParser(usage='%prog [options] file', version='%prog 1.0', prog='tool')
p.add_option('-f', '--file', dest='filename', help='write report to FILE', metavar='FILE')
p.add_option('-q', '--quiet', action='store_false', dest='verbose', default=True, help="don't print")
p.add_option('-n', type='int', default=3, help='count [default: %default]')
p.add_option('-x', action='append', dest='xs')
p.add_option('-c', action='count', dest='cnt')
p.add_option('--mode', choices=['a', 'b'], default='a')
p.add_option('--pair', nargs=2, type='float')
g = OptionGroup(p, 'Extra', 'Extra options.')
g.add_option('--extra', action='store_const', const=42)
p.add_option_group(g)
def cb(option, opt_str, value, parser):
    print('callback', opt_str, value)
p.add_option('--cb', action='callback', callback=cb, type='string')
opts, args = p.parse_args(['-f', 'out.txt', '-q', '-n', '5', '-x', '1', '-x2', '-cc', '--mode=b', '--pair', '1', '2.5', '--extra', '--cb', 'v', 'a', 'b'])
print(opts, args)
print(opts.filename, opts.verbose, opts.n, opts.xs, opts.cnt, opts.mode, opts.pair, opts.extra)
print(p.format_help())
print(p.get_usage(), p.get_version())
print(p.get_default_values())
class Quiet(OptionParser):
    def error(self, msg):
        print('error:', msg)
        raise SystemExit(2)
q = Quiet(prog='q')
q.add_option('-n', type='int')
q.add_option('--mode', choices=['a', 'b'])
for argv in (['-n', 'x'], ['--bogus'], ['--mode', 'z'], ['-n']):
    try:
        q.parse_args(argv)
    except SystemExit as e:
        print('exit', e.code)
try:
    q.add_option('-n')
except optparse.OptionConflictError as e:
    print(type(e).__name__, e)
try:
    make_option('--x', action='nope')
except optparse.OptionError as e:
    print(type(e).__name__, e)
p2 = OptionParser(prog='p2')
try:
    p2.parse_args(['--zzz'])
except SystemExit as e:
    print('exit', e.code)
