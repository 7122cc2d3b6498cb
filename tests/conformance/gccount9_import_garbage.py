# The cyclic garbage an import leaves for the collector: datetime's
# pure-Python classes, replaced by _datetime's at the end of its import;
# subprocess's and dataclasses' (through ast) temporary enum classes. A
# collection during the import finds part of it, and untracks the tuples
# and dicts of atomic values it survives, so what the next gc.collect()
# finds depends on when the collections ran, as in python3.
import gc

log = []


def record(phase, info):
    if phase == 'stop':
        log.append((info['generation'], info['collected']))


gc.collect()
gc.callbacks.append(record)
import datetime
print('datetime', log)
print('collected', gc.collect())
del log[:]
import subprocess
print('subprocess', log)
print('collected', gc.collect())
del log[:]
from dataclasses import dataclass
print('dataclasses', log)
print('collected', gc.collect())
gc.callbacks.remove(record)
print(datetime.date(2024, 1, 2), subprocess.PIPE, dataclass.__name__)
