"""sysconfig for gclab: the configuration of the CPython 3.11 build gclab
simulates (a release build: -DNDEBUG, no Py_DEBUG, docstrings kept).

Only configuration variables are provided; paths and install schemes are
not (gclab installs nothing).
"""

import sys

_CONFIG_VARS = {
    'PY_CFLAGS': '-Wsign-compare -DNDEBUG -g -fwrapv -O3 -Wall',
    'PY_CFLAGS_NODIST': '-std=c11',
    'CFLAGS': '-Wsign-compare -DNDEBUG -g -fwrapv -O3 -Wall',
    'Py_DEBUG': 0,
    'Py_TRACE_REFS': 0,
    'Py_ENABLE_SHARED': 0,
    'WITH_DOC_STRINGS': 1,
    'WITH_PYMALLOC': 1,
    'VERSION': '3.11',
    'py_version': '3.11.7',
    'py_version_short': '3.11',
    'py_version_nodot': '311',
    'EXE': '',
    'EXT_SUFFIX': '.cpython-311-x86_64-linux-gnu.so',
    'SOABI': 'cpython-311-x86_64-linux-gnu',
    'MULTIARCH': 'x86_64-linux-gnu',
    'HOST_GNU_TYPE': 'x86_64-pc-linux-gnu',
    'abiflags': '',
}


def get_config_vars(*args):
    """The build's configuration variables (a dict), or the values of the
    names given."""
    if args:
        vals = []
        for name in args:
            vals.append(_CONFIG_VARS.get(name))
        return vals
    return _CONFIG_VARS


def get_config_var(name):
    """The value of one configuration variable, or None."""
    return _CONFIG_VARS.get(name)


def get_python_version():
    return '3.11'


def get_platform():
    return 'linux-x86_64'


def is_python_build(check_home=False):
    return False
