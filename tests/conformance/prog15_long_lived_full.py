# After gc.collect(), python3's long-lived heuristic holds automatic full
# collections back until the objects that survived young collections reach a
# quarter of everything the last full collection kept -- python3's start-up
# objects included (about 11000), so a program's own objects rarely get there.
import gc


class Pair:
    def __init__(self):
        self.a = [self]


def run(keep_every, explicit_collect):
    if explicit_collect:
        gc.collect()
    starts = []

    def cb(phase, info):
        if phase == "start":
            starts.append(info["generation"])

    gc.callbacks.append(cb)
    keep = []
    for i in range(3000):
        p = Pair()
        if keep_every and i % keep_every == 0:
            keep.append(p)
    gc.callbacks.remove(cb)
    full = [i for i, g in enumerate(starts) if g == 2]
    print(f"keep 1/{keep_every or 'none'} collect={explicit_collect}:",
          len(starts), "collections, full ones at", full)
    return keep


gc.set_threshold(50, 2, 2)
kept = run(0, False)
kept = run(0, True)
kept = run(2, True)
kept = run(1, True)
gc.set_threshold(700, 10, 10)
