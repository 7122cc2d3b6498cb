# "Why is it still alive?" -- a session is kept by the registry's list, not by
# the name that made it. Try:
#   gclab why examples/why_alive.py --line 23 'registry.items[0]'
#   gclab run --explain examples/why_alive.py
class Session:
    def __init__(self, user):
        self.user = user

    def __del__(self):
        print("session closed:", self.user)


class Registry:
    def __init__(self, name):
        self.name = name
        self.items = []


registry = Registry("main")
s = Session("alice")
registry.items.append(s)
del s
print("registered", len(registry.items))
registry.items.clear()
print("cleared")
