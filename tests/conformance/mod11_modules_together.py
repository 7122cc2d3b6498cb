# configparser files on the simulated file system, urlencode, html.escape, uuid keys, optparse help, graphlib jobs, csv into a TextIOWrapper over BytesIO.
import configparser, os, urllib.parse as up, html, uuid, optparse, sys, graphlib, json, io
cfg = configparser.ConfigParser()
cfg['db'] = {'host': 'localhost', 'port': '5432'}
cfg['paths'] = {'root': '/srv', 'logs': '%(root)s/logs'}
with open('app.ini', 'w') as f:
    cfg.write(f)
print(open('app.ini').read())
c2 = configparser.ConfigParser()
print(c2.read(['app.ini', 'missing.ini']), c2['paths']['logs'], c2.getint('db', 'port'))
with open('app.ini') as f:
    c3 = configparser.ConfigParser(); c3.read_file(f); print(c3.sections())
os.remove('app.ini')
q = up.urlencode({'q': 'a b/c', 'x': 'é'}, quote_via=up.quote)
print(q, up.parse_qs(q), up.urlunparse(('https', 'h', '/p', '', q, '')))
print(html.escape(json.dumps({'a': '<b>'})))
ids = {uuid.UUID(int=i): i for i in (3, 1, 2)}
print(sorted(ids), [str(u)[-4:] for u in sorted(ids)])
p = optparse.OptionParser(usage='usage: %prog [opts]', prog='demo')
p.add_option('-v', action='store_true', help='verbose output')
p.print_help()
ts = graphlib.TopologicalSorter()
for job, deps in {'build': ['fetch'], 'test': ['build'], 'deploy': ['test', 'build'], 'fetch': []}.items():
    ts.add(job, *deps)
print(list(ts.static_order()))
buf = io.TextIOWrapper(io.BytesIO(), encoding='utf-8', newline='')
import csv
w = csv.writer(buf); w.writerow(['a', 'b,c']); buf.flush(); print(buf.buffer.getvalue())
