# shelve over dbm.dumb (CPython 3.11 verbatim; python3 here has no dbm.gnu or
# dbm.ndbm either): the .dat/.dir/.bak files, writeback, read-only flag, errors.
import shelve, os, tempfile, dbm
d = tempfile.mkdtemp()
fn = os.path.join(d, 'db')
with shelve.open(fn) as sh:
    sh['a'] = [1, 2]; sh['b'] = {'x': 1}; sh['a'] = [1, 2, 3]
print(sorted(os.listdir(d)))
with shelve.open(fn) as sh:
    print(sorted(sh.keys()), sh['a'], 'b' in sh, len(sh), sh.get('zz'))
    del sh['b']
with shelve.open(fn, flag='r') as sh:
    print(dict(sh))
    try: sh['q'] = 1
    except Exception as e: print(type(e).__name__, e)
with shelve.open(fn, writeback=True) as sh:
    sh['a'].append(4)
with shelve.open(fn) as sh: print(sh['a'])
print(dbm.whichdb(fn))
db = dbm.open(os.path.join(d, 'x'), 'c'); db[b'k'] = b'v'; db['s'] = 'w'; print(db[b'k'], db.keys(), db.get(b'zz', b'd')); db.close()
try: dbm.open(os.path.join(d, 'nope'), 'r')
except dbm.error[0] as e: print(type(e).__name__, e)
with open(fn + '.dir') as f: print(f.read())
sh = shelve.open(fn); sh.close()
try: sh['a']
except ValueError as e: print(e)
