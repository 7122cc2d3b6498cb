/**
 * The standard-library modules that CPython implements in Python, written
 * for gclab as Python source (the `.py` files of this folder, each valid
 * Python 3.11 that runs under python3 too) and embedded into the build by
 * scripts/embed-stdlib.js. The interpreter runs them like any module, so
 * their frames, cells and temporaries exist as CPython's do.
 */
export { STDLIB_SOURCES, STDLIB_CPYTHON_LINES } from './sources';

/**
 * The folder CPython 3.11 (the oracle) loads its Python modules from: the
 * `__file__` of a stdlib module, which ImportError messages show
 * (`cannot import name 'x' from 'copy' (.../copy.py)`).
 */
export const STDLIB_PREFIX = '/root/.pyenv/versions/3.11.7/lib/python3.11';
