class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("helpers.Tracked del", self.name)

registry = [Tracked("helpers-reg-1"), Tracked("helpers-reg-2")]
singleton = Tracked("helpers-singleton")

def make(name):
    return Tracked(name)
