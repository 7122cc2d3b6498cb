# linecache.lazycache(name, module_globals) seeds a lazy entry whose lines
# are the module's source, read when a line is first asked for (traceback's
# FrameSummary and StackSummary.extract rely on it); a <...> name or a
# missing __name__ seeds nothing.
import linecache
import traceback

import mod_std12_lines

g = vars(mod_std12_lines)
linecache.clearcache()
print(linecache.lazycache('virtual-name', g), len(linecache.cache['virtual-name']))
print(linecache.lazycache('virtual-name', g))
print(repr(linecache.getline('virtual-name', 2)))
print(len(linecache.cache['virtual-name']), linecache.lazycache('virtual-name', g))
print(linecache.lazycache('<stdin>', g), linecache.lazycache('other', {}), linecache.lazycache('', g))

linecache.clearcache()
summary = traceback.FrameSummary('another-name', 1, 'f', lookup_line=False)
print(linecache.lazycache('another-name', g))
print(repr(summary.line))
print(linecache.getlines('unknown-file'), linecache.getline('another-name', 99) == '')
