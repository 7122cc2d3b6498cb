# configparser: sections, defaults, interpolation, typed getters, write() and the error classes.
import configparser, io
cp = configparser.ConfigParser()
cp.read_string("""
[DEFAULT]
base = /opt
debug = no

[server]
host = example.com
port = 8080
path = %(base)s/srv
ratio = 0.5
; comment
multi = line1
  line2

[client]
timeout: 30
""")
print(cp.sections(), cp.defaults())
print(cp['server']['host'], cp.getint('server', 'port'), cp.getfloat('server', 'ratio'), cp.getboolean('server', 'debug'))
print(cp.get('server', 'path'), cp.get('server', 'path', raw=True), repr(cp['server']['multi']))
print(list(cp['client']), dict(cp['client']))
print(cp.has_section('x'), cp.has_option('client', 'timeout'), 'server' in cp)
print(cp.get('client', 'missing', fallback='fb'), cp['client'].get('nope', 'd'))
cp['new'] = {'a': '1', 'b': 'two'}
cp.set('new', 'c', '3')
cp.remove_option('new', 'b')
buf = io.StringIO(); cp.write(buf); print(buf.getvalue())
for exc_call in (lambda: cp.get('nosec', 'x'), lambda: cp.get('server', 'nokey'), lambda: cp.add_section('server'),
                 lambda: cp.read_string('[a]\nx=1\n[a]\n'), lambda: cp.read_string('nosection=1'),
                 lambda: cp.getint('server', 'host'), lambda: cp.read_string('[b]\nv = %(zz)s\n') or cp.get('b', 'v'),
                 lambda: cp.set('new', 'k', 5)):
    try:
        exc_call()
    except Exception as e:
        print(type(e).__name__, e)
raw = configparser.RawConfigParser(); raw.read_dict({'s': {'k': '%v'}}); print(raw.get('s', 'k'))
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string('[a]\nx = 1\n[b]\ny = ${a:x}2\n'); print(ext['b']['y'])
print(cp.items('client'))
print(repr(cp['server']), cp['server'].name)
print(cp.read('/nonexistent.ini'))
