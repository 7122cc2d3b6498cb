import mod_prog14_db as db
import atexit
import weakref

c1 = db.Connection("main-1")
c2 = db.Connection("main-2")
c2.partner = c2
print("open:", db.open_count())

class App:
    def __init__(self):
        self.conn = db.Connection("app")
    def __del__(self):
        print("App del; db module:", type(db).__name__, "open:", db.open_count())

app = App()
fin = weakref.finalize(app, print, "finalize app")
atexit.register(lambda: print("atexit: open", db.open_count()))
print("main done")
