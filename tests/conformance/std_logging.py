# logging basics: basicConfig(stream=sys.stdout) and its default format,
# levels and their names, the dotted hierarchy (parents, getChild),
# exception() with the traceback, handlers with Formatters (% and {
# styles), propagate, filters, bad levels; the default output goes to
# stderr (not compared) and the last-resort handler.
import logging, sys, io


class _PathFilter:
    def __init__(self, out):
        self.out = out
    def write(self, s):
        return self.out.write(s.replace(__file__, "FILE"))
    def flush(self):
        pass


sys.stdout = _PathFilter(sys.stdout)
logging.warning('to stderr %s', 'x')
logging.basicConfig(stream=sys.stdout, level=logging.INFO, force=True)
logging.info('hello %s', 'world')
logging.debug('hidden')
logging.warning('warn %d', 3)
log = logging.getLogger('app.db')
log.info('connected to %s', 'db1')
log.setLevel(logging.ERROR)
log.warning('not shown')
log.error('shown')
try:
    1 / 0
except ZeroDivisionError:
    log.exception('failed')
print(log, logging.getLogger('app'), logging.getLogger(), log.parent.name, log.getEffectiveLevel())
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter('[%(levelname)s] %(name)s: %(message)s'))
other = logging.getLogger('other')
other.addHandler(h)
other.propagate = False
other.warning('only in buffer')
other.critical('crit %r', {'a': 1})
print(repr(buf.getvalue()))
print(logging.getLevelName(20), logging.getLevelName('WARNING'), logging.getLevelName(5))
f = logging.Formatter('{levelname}|{message}', style='{')
h.setFormatter(f)
other.error('braces')
print(buf.getvalue().splitlines()[-1])
class Only(logging.Filter):
    def filter(self, record):
        return 'keep' in record.getMessage()
h.addFilter(Only())
other.error('drop me'); other.error('keep me')
print(buf.getvalue().splitlines()[-1])
child = logging.getLogger('app').getChild('web')
print(child.name, child.parent.name, logging.getLogger('app.db').parent.name)
try:
    log.setLevel('LOUD')
except ValueError as e:
    print(e)
