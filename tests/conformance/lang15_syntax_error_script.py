# A script python3 cannot parse, run as a child: the report on stderr and
# exit status 1. python3 reads a script from its file, so its parser's and
# compiler's columns are UTF-8 byte columns (the caret moves right after
# non-ASCII text; a tokenizer error's stays), and an error at the tokens of
# the end of input (a missing block, a try without except) has offset 0:
# no caret. A forced ':' after a return annotation is missing after the
# longest expression (PEG backtracks out of `1 +`).
import os
import subprocess
import sys
import tempfile

PROGRAMS = [
    'try:\n    pass\n',
    'try:\n    pass',
    'def f():\n',
    'if x:\n    pass\nelse:\n',
    'try:\n    pass\nx = 1\n',
    "x = 'éé' + * 2\n",
    "s = 'é'; return 5\n",
    "s = 'é'; )\n",
    'def f() -> 1 +: pass\n',
    'def f() -> (: pass\n',
    'def f():\n    from os import *\n',
]

d = tempfile.mkdtemp()
try:
    for i, text in enumerate(PROGRAMS):
        path = os.path.join(d, f'p{i}.py')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
        r = subprocess.run([sys.executable, path], capture_output=True, text=True)
        print(i, r.returncode, repr(text))
        print(r.stderr.replace(d, 'DIR'), end='')
        os.remove(path)
finally:
    os.rmdir(d)
