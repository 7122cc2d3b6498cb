import io
import re
import sys
import unittest
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.parent = None


class TreeTests(unittest.TestCase):
    def setUp(self):
        self.root = Node("root")
        self.child = Node("child")
        self.child.parent = weakref.ref(self.root)

    def test_parent_alive(self):
        self.assertIs(self.child.parent(), self.root)

    def test_parent_dies(self):
        del self.root
        self.assertIsNone(self.child.parent())

    def test_wrong_name(self):
        self.assertEqual(self.child.name, "kid")

    def test_dict_diff(self):
        self.assertDictEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})

    def test_error_in_helper(self):
        def helper(n):
            return n.missing
        helper(self.child)

    def test_raises(self):
        with self.assertRaises(KeyError):
            {}["nope"]
        with self.assertRaisesRegex(ValueError, "bad"):
            int("bad")

    def test_sub(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertNotEqual(i % 3, 2, "multiple of three plus two")

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)


stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
result = runner.run(unittest.defaultTestLoader.loadTestsFromTestCase(TreeTests))
for line in stream.getvalue().splitlines():
    if not line.startswith("Ran "):
        # File paths as the base name: the output is the same wherever it runs.
        print(re.sub(r'File "[^"]*[/\\]', 'File "', line))
print(result.wasSuccessful(), len(result.failures), len(result.errors), len(result.expectedFailures))
for test, text in result.failures + result.errors:
    print(test.id(), text.count("File "))
