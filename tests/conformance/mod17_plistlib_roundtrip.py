import plistlib, datetime
data = {'name': 'gclab', 'count': 3, 'ratio': 1.5, 'ok': True, 'items': [1, 'two', b'\x00\x01'],
        'nested': {'a': None if False else 'x'}, 'when': datetime.datetime(2020, 1, 2, 3, 4, 5)}
xml = plistlib.dumps(data)
print(xml.decode())
back = plistlib.loads(xml)
print(back == data, sorted(back))
binp = plistlib.dumps(data, fmt=plistlib.FMT_BINARY)
print(binp[:8], len(binp))
print(plistlib.loads(binp) == data)
print(plistlib.dumps([1, 2], sort_keys=False).decode().count('integer'))
try:
    plistlib.dumps({'a': None})
except TypeError as e:
    print('TypeError', e)
try:
    plistlib.loads(b'garbage')
except plistlib.InvalidFileException as e:
    print('Invalid', e)
print(plistlib.UID(5), plistlib.UID(5) == plistlib.UID(5))
