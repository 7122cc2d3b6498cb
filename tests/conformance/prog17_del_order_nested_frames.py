class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def inner():
    i1 = D("inner local")
    raise ValueError("x")

def middle():
    m1 = D("middle local")
    try:
        inner()
    finally:
        print("middle finally")

def outer():
    o1 = D("outer local")
    try:
        middle()
    except ValueError:
        print("outer caught; frames still alive via traceback")
    print("outer after except")
    return "done"

print(outer())
print("end")
