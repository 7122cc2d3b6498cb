# codeop.compile_command and code.InteractiveInterpreter: complete,
# incomplete (None) and invalid input, as the interactive prompt sees it.
import codeop, code, io, sys
for src in ['if True:', 'foo(', 'x = """abc', 'x = "abc', 'x = 1 +', 'def f():\n  return 1',
            'def f():\n  return 1\n', 'for i in range(3):\n  print(i)\n', 'x = [1,\n2', 'a b',
            'x = 1\n', '@dec', 'class A:\n  pass', 'if x:\n  pass\nelse:', 'x = (1, 2)',
            'print("hi")', 'x = {', 'x = 1 \\', 'try:\n  pass', ')', 'if True:\n  x = (', '', '# just a comment']:
    for sym in ('single', 'exec'):
        try:
            r = codeop.compile_command(src, symbol=sym)
            print(repr(src), sym, 'None' if r is None else type(r).__name__)
        except SyntaxError as e:
            print(repr(src), sym, type(e).__name__, e.msg)
cc = codeop.CommandCompiler()
print(cc('x = 1') is not None, cc('while x:') is None)
ns = {}
ic = code.InteractiveInterpreter(ns)
print(ic.runsource('y = 6 * 7'), ns['y'])
print(ic.runsource('for i in range(2):'))
old = sys.stderr
sys.stderr = io.StringIO()
print(ic.runsource('1/0'))
print(ic.runsource('x = ('), ic.runsource('1 +* 2'))
err = sys.stderr.getvalue()
sys.stderr = old
print([line for line in err.splitlines() if 'Error' in line])
ic.runsource('print(y + 1)')
buf = []
console = code.InteractiveConsole({'z': 5})
for line in ['if z:', '    print("z is", z)', '']:
    buf.append(console.push(line))
print(buf)
