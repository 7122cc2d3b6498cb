import gc

def reader(lines):
    print("reader start")
    try:
        for line in lines:
            yield line.strip()
    finally:
        print("reader finally")

def parser(src):
    try:
        for item in src:
            if not item:
                continue
            yield item.split(",")
    except GeneratorExit:
        print("parser got GeneratorExit")
        raise
    finally:
        print("parser finally")

def summer(rows):
    total = 0
    try:
        for row in rows:
            total += int(row[1])
            yield total
    finally:
        print("summer finally, total", total)

data = ["a,1\n", "b,2\n", "\n", "c,3\n", "d,4\n"]
pipe = summer(parser(reader(data)))
print(next(pipe))
print(next(pipe))
print("closing")
pipe.close()
print("closed", pipe.gi_frame)

pipe2 = summer(parser(reader(data)))
print(next(pipe2))
print("drop by del")
del pipe2
print("after del")

pipe3 = summer(parser(reader(data)))
print(list(pipe3))

gc.disable()
class Holder:
    pass
h = Holder()
h.gen = summer(parser(reader(data)))
h.gen_owner = h
print(next(h.gen))
del h
print("in cycle; collecting")
gc.collect()
print("collected")
gc.enable()
