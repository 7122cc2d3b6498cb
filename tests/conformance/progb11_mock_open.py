from unittest.mock import mock_open, patch, call, MagicMock
def read_config(path):
    with open(path) as f:
        return f.read().upper()
def count_lines(path):
    with open(path) as f:
        return sum(1 for _ in f)
def first_two(path):
    f = open(path)
    a = f.readline(); b = f.readline()
    f.close()
    return a, b
def save(path, text):
    with open(path, "w") as f:
        f.write(text)
with patch("builtins.open", mock_open(read_data="abc\ndef\nghi\n")) as m:
    print(read_config("x.cfg"))
    print(count_lines("y"))
    print(first_two("z"))
    print(m.call_args_list)
    print(m.call_count)
m = mock_open()
with patch("builtins.open", m):
    save("out.txt", "data")
m().write.assert_called_once_with("data")
print(m.return_value.write.call_args)
mb = mock_open(read_data=b"\x00\x01")
with patch("builtins.open", mb):
    with open("f.bin", "rb") as f:
        print(f.read())
h = mock_open(read_data="1\n2\n")()
print(h.readlines(), list(h), h.read())
from unittest.mock import Mock, MagicMock, call
m = Mock()
m(1); m(2, x=3); m(4)
m.assert_has_calls([call(2, x=3), call(4)])
m.assert_has_calls([call(4), call(1)], any_order=True)
for calls, any_order in [([call(1), call(4)], False), ([call(9)], True), ([call(4), call(4)], True)]:
    try:
        m.assert_has_calls(calls, any_order=any_order)
    except AssertionError as e:
        print("AssertionError:", e)
m.assert_any_call(2, x=3)
try:
    m.assert_any_call(5)
except AssertionError as e:
    print("AssertionError:", e)
n = MagicMock()
n.assert_has_calls([])
try:
    n.assert_has_calls([call(1)])
except AssertionError as e:
    print("AssertionError:", e)
