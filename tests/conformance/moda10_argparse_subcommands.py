import argparse
import contextlib
import io

def run(parser, argv, method='parse_args'):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            ns = getattr(parser, method)(argv)
    except SystemExit as e:
        print('exit', e.code, '| stdout:', repr(out.getvalue()))
        print('stderr:', err.getvalue(), end='')
        return None
    print(ns)
    return ns

p = argparse.ArgumentParser(prog='git-lite', description='A tiny VCS.')
p.add_argument('--git-dir', default='.git')
sub = p.add_subparsers(dest='command', title='commands', description='valid commands', help='what to do')
c = sub.add_parser('commit', help='record changes', aliases=['ci'])
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
c.set_defaults(func='do_commit')
l = sub.add_parser('log', help='show history')
l.add_argument('-n', type=int, default=10)
l.add_argument('paths', nargs='*')
sub.add_parser('status')
print(p.format_help(), end='')
print(c.format_help(), end='')
run(p, ['commit', '-m', 'msg'])
run(p, ['--git-dir', 'x', 'ci', '--amend', '-m', 'again'])
run(p, ['log', '-n', '3', 'a', 'b'])
run(p, ['status'])
run(p, [])
run(p, ['push'])
run(p, ['commit'])
run(p, ['log', '-n', 'many'])
run(p, ['commit', '-h'])
run(p, ['log', '--bogus'])
print(p.parse_known_args(['log', '--bogus', 'x']))

r = argparse.ArgumentParser(prog='req')
s2 = r.add_subparsers(dest='cmd', required=True, metavar='CMD')
s2.add_parser('a')
s2.add_parser('b')
print(r.format_usage(), end='')
run(r, [])
run(r, ['a'])

m = argparse.ArgumentParser(prog='mx')
g = m.add_mutually_exclusive_group()
g.add_argument('--json', action='store_true')
g.add_argument('--xml', action='store_true')
rg = m.add_mutually_exclusive_group(required=True)
rg.add_argument('-a', action='store_const', const='A', dest='mode')
rg.add_argument('-b', action='store_const', const='B', dest='mode')
grp = m.add_argument_group('output', 'Output control.')
grp.add_argument('--width', type=int, default=80, help='columns')
grp.add_argument('--color', choices=('auto', 'never'), help='when to color')
print(m.format_help(), end='')
run(m, ['-a'])
run(m, ['-a', '--json'])
run(m, ['-a', '--json', '--xml'])
run(m, ['-a', '-b'])
run(m, ['--json'])
run(m, ['-ab'])

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--config', help='config file')
parent.set_defaults(debug=False)
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('target')
print(child.format_help(), end='')
run(child, ['t', '--config', 'c.ini'])

pc = argparse.ArgumentParser(prog='plus', prefix_chars='-+')
pc.add_argument('+x', action='store_true')
pc.add_argument('-y')
pc.add_argument('++long', dest='longer')
run(pc, ['+x', '-y', '1', '++long', 'v'])
print(pc.format_usage(), end='')

ia = argparse.ArgumentParser(prog='ix')
ia.add_argument('--foo')
ia.add_argument('cmd')
ia.add_argument('rest', nargs='*', type=int)
run(ia, ['doit', '1', '--foo', 'bar', '2', '3'], 'parse_intermixed_args')
run(ia, ['doit', '1', '--foo', 'bar', '2', '3'])

neg = argparse.ArgumentParser(prog='neg')
neg.add_argument('-x', type=int)
neg.add_argument('vals', nargs='*', type=float)
run(neg, ['-x', '-1', '-2.5', '3'])
neg2 = argparse.ArgumentParser(prog='neg2')
neg2.add_argument('-1', dest='one', action='store_true')
neg2.add_argument('v', nargs='?')
run(neg2, ['-1'])
run(neg2, ['-2'])

rem = argparse.ArgumentParser(prog='rem')
rem.add_argument('--verbose', action='store_true')
rem.add_argument('cmd')
rem.add_argument('args', nargs=argparse.REMAINDER)
run(rem, ['--verbose', 'ls', '-la', '--color'])

noab = argparse.ArgumentParser(prog='noab', allow_abbrev=False)
noab.add_argument('--foobar')
run(noab, ['--foo', 'x'])
amb = argparse.ArgumentParser(prog='amb')
amb.add_argument('--foo1')
amb.add_argument('--foo2')
run(amb, ['--foo', 'x'])

nex = argparse.ArgumentParser(prog='nex', exit_on_error=False)
nex.add_argument('--n', type=int)
try:
    nex.parse_args(['--n', 'x'])
except argparse.ArgumentError as e:
    print('ArgumentError', e, '|', e.argument_name, '|', e.message)

def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % s)
    return v
tp = argparse.ArgumentParser(prog='tp')
tp.add_argument('n', type=positive)
run(tp, ['-3'])
run(tp, ['0'])
run(tp, ['5'])
