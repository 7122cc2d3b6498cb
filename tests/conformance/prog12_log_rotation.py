"""An application log pipeline: file, rotating and memory handlers, adapters, dictConfig."""
import logging
import logging.config
import logging.handlers
import os
import queue
import sys
import tempfile
import time


class Clock:
    """Timing with a clock stored as a class attribute, as people write it."""
    now = time.monotonic
    stamp = time.gmtime

    def elapsed_is_float(self):
        start = self.now()
        return isinstance(self.now() - start, float)


class RequestFilter(logging.Filter):
    def __init__(self):
        super().__init__()
        self.count = 0

    def filter(self, record):
        self.count += 1
        record.req = f"req-{self.count:03d}"
        return not record.getMessage().startswith("noise")


logdir = tempfile.mkdtemp(prefix="logs-")
class OneLineFormatter(logging.Formatter):
    def format(self, record):
        record.exc_text = None  # another handler may have cached the full text
        return super().format(record)

    def formatException(self, exc_info):
        return "  !! " + super().formatException(exc_info).splitlines()[-1]


root_handler = logging.StreamHandler(sys.stdout)
root_handler.setFormatter(OneLineFormatter("%(levelname)-8s %(name)s %(funcName)s:%(lineno)d %(message)s"))
logging.basicConfig(level=logging.DEBUG, handlers=[root_handler])
app = logging.getLogger("app")
fh = logging.FileHandler(os.path.join(logdir, "app.log"), mode="w")
fh.setLevel(logging.WARNING)
fh.setFormatter(OneLineFormatter("{levelname}|{name}|{message}", style="{"))
app.addHandler(fh)


def handle(n):
    app.debug("handling %d", n)
    if n % 3 == 0:
        app.warning("multiple of three: %d", n)
    try:
        return 10 // (n - 4)
    except ZeroDivisionError:
        app.exception("cannot divide for n=%d", n)


for n in range(1, 7):
    handle(n)
fh.close()
with open(os.path.join(logdir, "app.log")) as f:
    text = f.read()
print("file has", len(text.splitlines()), "lines; first:", text.splitlines()[0])

rot = logging.getLogger("rot")
rot.propagate = False
rh = logging.handlers.RotatingFileHandler(os.path.join(logdir, "rot.log"), maxBytes=60, backupCount=2)
rh.setFormatter(logging.Formatter("%(message)s"))
rot.addHandler(rh)
for i in range(12):
    rot.error("event number %02d happened", i)
rh.close()
for name in sorted(os.listdir(logdir)):
    with open(os.path.join(logdir, name)) as f:
        print(f"  {name}: {f.read().splitlines()}")

mem = logging.getLogger("mem")
mem.propagate = False
target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter("MEM %(levelname)s %(message)s"))
mh = logging.handlers.MemoryHandler(capacity=3, flushLevel=logging.ERROR, target=target)
mem.addHandler(mh)
mem.info("one"); mem.info("two")
print("buffered:", len(mh.buffer))
mem.error("three triggers flush")
mem.info("four stays until close")
mh.close()

flt = RequestFilter()
svc = logging.getLogger("svc")
svc.propagate = False
sh = logging.StreamHandler(sys.stdout)
sh.setFormatter(logging.Formatter("[%(req)s] %(message)s"))
sh.addFilter(flt)
svc.addHandler(sh)
for msg in ["start", "noise ignored", "stop"]:
    svc.info(msg)
print("filter saw", flt.count)
adapter = logging.LoggerAdapter(app, {"user": "ada"})
adapter.warning("through adapter %s", adapter.extra)

q = queue.Queue()
ql = logging.getLogger("queued")
ql.propagate = False
ql.addHandler(logging.handlers.QueueHandler(q))
ql.warning("queued %s", "message")
rec = q.get_nowait()
print("queued record:", rec.getMessage(), rec.levelname, rec.args)

logging.config.dictConfig({
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"brief": {"format": "CFG %(levelname)s:%(name)s:%(message)s"}},
    "handlers": {"out": {"class": "logging.StreamHandler", "formatter": "brief", "stream": "ext://sys.stdout", "level": "INFO"}},
    "loggers": {"cfg": {"handlers": ["out"], "level": "DEBUG", "propagate": False}},
})
cfg = logging.getLogger("cfg")
cfg.debug("filtered by the handler level")
cfg.info("configured by dict")
print(logging.getLevelName(logging.WARNING), logging.getLevelName(15), logging.getLevelNamesMapping()["FATAL"])
logging.addLevelName(15, "VERBOSE")
app.log(15, "custom level")
print(Clock().elapsed_is_float(), Clock.now, Clock().stamp(0)[:3])
app.info("done; %d handlers on app", len(app.handlers))
logging.shutdown()
