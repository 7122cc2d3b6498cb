import atexit
atexit.register(print, "main atexit registered before import")
import mod_prog17_atexit_helper as helper

class Job:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("main Job del", self.n)

j1 = Job(1)
helper.track(j1, "job1")
j2 = Job(2)
helper.track(j2, "job2")
del j2
atexit.register(print, "main atexit registered after import")
del j1
print("end of main")
