import argparse
import contextlib
import io
import os
import tempfile
import textwrap

TMP = []

def clean(text):
    for d in TMP:
        text = text.replace(d, '<tmp>')
    return text

def run(parser, argv):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            ns = parser.parse_args(argv)
    except SystemExit as e:
        print('exit', e.code, '| stdout:', repr(out.getvalue()))
        print('stderr:', clean(err.getvalue()), end='')
        return None
    print(clean(str(ns)))
    return ns

long_help = ('This option has a rather long help text that will certainly need to be '
             'wrapped over several lines by the formatter, which uses textwrap to do it.')
desc = textwrap.dedent('''\
    First line of the description.
        An indented line that raw formatters keep.

    A second paragraph, long enough that the ordinary formatter wraps it and joins it to its neighbours without mercy.''')
for fc in [argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter,
           argparse.ArgumentDefaultsHelpFormatter, argparse.MetavarTypeHelpFormatter]:
    p = argparse.ArgumentParser(prog='fmt', description=desc, epilog='Epilog %(prog)s.', formatter_class=fc)
    p.add_argument('--long-option-name-here', type=str, default='dflt', help=long_help)
    p.add_argument('-c', '--count', type=int, default=3, help='how many\n  (raw keeps this)')
    p.add_argument('--ratio', type=float, help='no default shown for None? %(default)s')
    p.add_argument('src', type=str, help='source')
    p.add_argument('dst', type=str, nargs='?', default='.', help='destination')
    p.add_argument('--hidden', help=argparse.SUPPRESS)
    print('=====', fc.__name__)
    print(p.format_help(), end='')

many = argparse.ArgumentParser(prog='a-program-with-a-rather-long-name-indeed-yes')
for i in range(12):
    many.add_argument('--option-%d' % i, metavar='VALUE%d' % i)
many.add_argument('inputs', nargs='+')
many.add_argument('output')
print(many.format_usage(), end='')
short = argparse.ArgumentParser(prog='p')
for i in range(8):
    short.add_argument('--opt%d' % i, nargs=2)
short.add_argument('pos', nargs='*')
print(short.format_usage(), end='')
nohelp = argparse.ArgumentParser(prog='nh', add_help=False, usage='%(prog)s [stuff]')
nohelp.add_argument('x')
print(nohelp.format_help(), end='')
empty = argparse.ArgumentParser(prog='empty', add_help=False)
print(repr(empty.format_help()), repr(empty.format_usage()))

def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, str(e).split(' <')[0])
    else:
        print(label, '=', r)

b = argparse.ArgumentParser(prog='bad')
b.add_argument('--x')
attempt('conflict', lambda: b.add_argument('--x'))
attempt('no prefix', lambda: b.add_argument('-y', 'z'))
attempt('dest twice', lambda: b.add_argument('pos', dest='p'))
attempt('required positional', lambda: b.add_argument('pos', required=True))
attempt('nargs 0', lambda: b.add_argument('--z', nargs=0))
attempt('const without ?', lambda: b.add_argument('--z', const=1))
attempt('unknown action', lambda: b.add_argument('--z', action='explode'))
attempt('type not callable', lambda: b.add_argument('--z', type='int'))
attempt('FileType class', lambda: b.add_argument('--z', type=argparse.FileType))
attempt('metavar tuple', lambda: b.add_argument('--z', nargs=3, metavar=('A', 'B')))
attempt('dest required', lambda: b.add_argument('--'))
attempt('bad handler', lambda: argparse.ArgumentParser(conflict_handler='x'))
attempt('invalid nargs', lambda: b.add_argument('--z', nargs='x'))
attempt('mutex required', lambda: b.add_mutually_exclusive_group().add_argument('q'))
attempt('two subparsers', lambda: (b.add_subparsers(), b.add_subparsers()))
print(repr(b._actions[1]))
print(repr(b)[:60])
res = argparse.ArgumentParser(prog='res', conflict_handler='resolve')
res.add_argument('-f', '--foo', help='old')
res.add_argument('--foo', help='new')
print(res.format_help(), end='')
print(argparse.FileType('w'), argparse.FileType('rb', 0, encoding='latin-1'), argparse.FileType())

with tempfile.TemporaryDirectory() as d:
    TMP.append(d)
    argfile = os.path.join(d, 'args.txt')
    with open(argfile, 'w') as f:
        f.write('--level\n7\nname\n')
    ff = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
    ff.add_argument('--level', type=int)
    ff.add_argument('name')
    ff.add_argument('--out', type=argparse.FileType('w'))
    ns = run(ff, ['@' + argfile])
    ns = run(ff, ['x', '--out', os.path.join(d, 'o.txt')])
    print(type(ns.out).__name__, ns.out.name == os.path.join(d, 'o.txt'), ns.out.mode)
    ns.out.close()
    run(ff, ['@' + os.path.join(d, 'missing.txt')])
    run(ff, ['x', '--out', os.path.join(d, 'no', 'such', 'o.txt')])

v = argparse.ArgumentParser(prog='ver')
v.add_argument('-V', action='version', version='ver 2.0 (%(prog)s)')
run(v, ['-V'])
out = io.StringIO()
v.print_usage(out)
v.print_help(out)
print(repr(out.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    try:
        v.exit(3, 'bye\n')
    except SystemExit as e:
        print('exit', e.code, repr(err.getvalue()))
final = argparse.ArgumentParser(prog='final')
final.add_argument('--n', type=int, required=True)
final.parse_args(['--n', 'oops'])
