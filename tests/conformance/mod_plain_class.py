# A class for mod_plain_values (its namespace is in a cycle: the class's methods).
class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
