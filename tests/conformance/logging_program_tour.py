# logging as simple programs use it: basicConfig to stdout, the dotted
# hierarchy, handlers with {-style formatters and levels, propagate,
# filters, logger.exception's traceback, custom levels, the last resort.
import logging, sys, io

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")
log.debug("debug %d", 1)
log.info("info %s", "x")
child = logging.getLogger("app.db")
child.warning("child warn")
print(child.parent is log, child.getEffectiveLevel(), log.level, logging.getLevelName(logging.INFO))
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("[{levelname}] {name}: {message}", style="{"))
h.setLevel(logging.WARNING)
child.addHandler(h)
child.info("only root sees this")
child.error("both see %s", "this")
print(repr(buf.getvalue()))
child.propagate = False
child.critical("only handler")
print(repr(buf.getvalue()))
class StripPaths(logging.Formatter):
    def formatException(self, ei):
        return super().formatException(ei).replace(__file__, "FILE")
logging.root.handlers[0].setFormatter(StripPaths("%(levelname)s:%(name)s:%(message)s"))
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
class Filt(logging.Filter):
    def filter(self, record):
        return "secret" not in record.getMessage()
log.addFilter(Filt())
log.info("a secret")
log.info("public")
log.setLevel(logging.ERROR)
log.warning("hidden")
log.error("shown %r", {"k": 1})
print(logging.getLogger() is logging.root, logging.root.name, repr(log))
logging.info("root info")
logging.warning("root warn")
print(logging.WARNING, logging.getLevelName(35), logging.getLevelName("ERROR"))
fmt = logging.Formatter("%(name)s|%(levelno)d|%(funcName)s|%(lineno)d|%(message)s")
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(fmt)
other = logging.getLogger("other")
other.addHandler(h2)
other.propagate = False
def fn():
    other.warning("from fn")
fn()
other.log(45, "custom level")
other.removeHandler(h2)
other.warning("no handler -> last resort to stderr")
print("end")
