# uuid: the UUID class and its views, uuid3/uuid5 (deterministic), uuid4/uuid1 shape only, errors.
import uuid
u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.urn, u.variant, u.version)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
print(uuid.UUID('{12345678-1234-5678-1234-567812345678}') == u, uuid.UUID(bytes=u.bytes) == u, uuid.UUID(int=u.int) == u)
print(uuid.UUID(fields=u.fields), uuid.UUID(bytes_le=u.bytes_le), hash(u) == hash(uuid.UUID(str(u))))
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'http://x'), uuid.uuid5(uuid.NAMESPACE_OID, b'1.2'.decode()))
a = uuid.uuid4(); b = uuid.uuid4()
print(a.version, a.variant, a != b, len(str(a)), isinstance(a, uuid.UUID))
t = uuid.uuid1(); print(t.version, t.variant == uuid.RFC_4122)
print(sorted([uuid.UUID(int=5), uuid.UUID(int=2)]), uuid.UUID(int=1) < uuid.UUID(int=2))
for bad in ('xyz', dict(int=-1), dict(bytes=b'ab'), dict(fields=(1, 2))):
    try:
        uuid.UUID(bad) if isinstance(bad, str) else uuid.UUID(**bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try: uuid.UUID()
except TypeError as e: print(e)
try: u.x = 1
except TypeError as e: print(e)
print(uuid.SafeUUID.safe, uuid.SafeUUID.unknown.value, u.is_safe, uuid.NAMESPACE_X500)
print(str(uuid.UUID(int=0)), uuid.UUID('urn:uuid:12345678123456781234567812345678'))
print(int(u), u.__getstate__(), {u: 1}[uuid.UUID(str(u))])
import copy, pickle
print(copy.copy(u) == u, copy.deepcopy(u) is not u)
