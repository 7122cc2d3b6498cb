# sys.settrace / sys.setprofile events of a generator with `yield` inside try,
# except, finally and with (the flat driver): line, exception, return events.
import sys
def tr(frame, ev, arg):
    if frame.f_code.co_name.startswith('g'):
        a = arg
        if ev == 'exception': a = (arg[0].__name__, str(arg[1]))
        print(ev, frame.f_code.co_name, frame.f_lineno, a if ev != 'call' else '')
    return tr

class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        print('exit', a[0])
        return a[0] is KeyError

def gen():
    with CM():
        yield 1
        raise KeyError('k')
    try:
        yield 2
    except ValueError as e:
        yield 3
    finally:
        yield 4
    for i in range(2):
        try:
            yield i
        except TypeError:
            break
        finally:
            pass
    return 9

sys.settrace(tr)
g = gen()
print(next(g), next(g), g.throw(ValueError('x')), next(g), next(g), g.throw(TypeError('t')) if False else next(g))
try:
    g.throw(TypeError('t'))
except StopIteration as e:
    print('ret', e.value)
sys.settrace(None)

def gp():
    try:
        yield 1
    finally:
        print('gp fin')
sys.setprofile(lambda f, e, a: print('P', e, f.f_code.co_name) if f.f_code.co_name == 'gp' else None)
for x in gp(): pass
g = gp(); next(g); g.close()
sys.setprofile(None)
