"""Non-daemon threads finish at exit; daemon threads are abandoned."""
import threading
import time


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("release", self.name)


def slow(name, delay):
    r = Res(name)
    time.sleep(delay)
    print(name, "finished at", round(time.monotonic() - T0, 1))


T0 = time.monotonic()
t = threading.Thread(target=slow, args=("worker", 0.5))
t.start()
d = threading.Thread(target=slow, args=("daemon", 5.0), daemon=True)
d.start()
print("main done; alive:", t.is_alive(), d.is_alive(), threading.active_count())
