# gc.callbacks: every callback is called in list order with (phase, info);
# info has the keys generation/collected/uncollectable, 0 and 0 at "start";
# at "stop" collected counts the freed objects (print only whether it is > 0).
# CPython: gcmodule.c invoke_gc_callback.
import gc

gc.disable()
events = []


def first(phase, info):
    events.append("first " + phase)
    if phase == "start":
        print("start info:", info)
    else:
        print("stop keys:", sorted(info.keys()), "| generation:", info["generation"],
              "| collected > 0:", info["collected"] > 0, "| uncollectable:", info["uncollectable"])


def second(phase, info):
    events.append("second " + phase)


gc.callbacks.append(first)
gc.callbacks.append(second)
junk = []
junk.append(junk)
del junk
gc.collect(1)
print("events:", events)
gc.callbacks.clear()
gc.collect()
print("no callbacks after clear:", len(events))
