"""A cmd.Cmd shell driven by a script on stdin, with colorsys output."""
import cmd
import colorsys
import io
import shlex
import sys


class Palette(cmd.Cmd):
    intro = "palette shell. Type help or ? to list commands."
    prompt = "(palette) "
    doc_header = "Commands (type help <topic>):"

    def __init__(self, **kw):
        super().__init__(**kw)
        self.colors = {}

    def emptyline(self):
        print("(empty line ignored)", file=self.stdout)

    def precmd(self, line):
        return line.strip()

    def postcmd(self, stop, line):
        if line and not stop:
            print(f"  [{len(self.colors)} colors]", file=self.stdout)
        return stop

    def do_add(self, arg):
        """add NAME R G B -- add a color (0-255 components)"""
        try:
            name, *rgb = shlex.split(arg)
            r, g, b = (int(x) / 255 for x in rgb)
        except ValueError:
            print("usage: add NAME R G B", file=self.stdout)
            return
        self.colors[name] = (r, g, b)

    def do_show(self, arg):
        """show [NAME] -- show HSV/HLS/YIQ of colors"""
        for name in sorted(self.colors) if not arg else [arg]:
            if name not in self.colors:
                print(f"no color {name!r}", file=self.stdout)
                continue
            rgb = self.colors[name]
            h, s, v = colorsys.rgb_to_hsv(*rgb)
            hl = colorsys.rgb_to_hls(*rgb)
            y = colorsys.rgb_to_yiq(*rgb)
            print(f"{name:<8} hsv=({h:.3f},{s:.3f},{v:.3f}) hls={tuple(round(c, 3) for c in hl)} yiq={tuple(round(c, 3) for c in y)}", file=self.stdout)

    def complete_show(self, text, line, begidx, endidx):
        return [n for n in self.colors if n.startswith(text)]

    def do_mix(self, arg):
        a, b = arg.split()
        mixed = tuple((x + y) / 2 for x, y in zip(self.colors[a], self.colors[b]))
        self.colors[f"{a}+{b}"] = mixed
        back = colorsys.hsv_to_rgb(*colorsys.rgb_to_hsv(*mixed))
        print("roundtrip ok:", all(abs(p - q) < 1e-9 for p, q in zip(back, mixed)), file=self.stdout)

    def do_quit(self, arg):
        """quit -- leave the shell"""
        print("bye", file=self.stdout)
        return True

    do_EOF = do_quit

    def default(self, line):
        print(f"unknown: {line!r}", file=self.stdout)


script = """add red 255 0 0
add teal 0 128 128
add bad 1 2

show
show red
show nope
mix red teal
help
help add
help mix
frobnicate 3
?show
quit
add never 1 1 1
"""
sh = Palette(stdin=io.StringIO(script), stdout=sys.stdout)
sh.use_rawinput = False
sh.cmdloop()
print(sh.completenames("s"), sh.complete_show("r", "show r", 5, 6), sh.lastcmd)
sh2 = Palette(stdin=io.StringIO("add x 1 2 3\n"), stdout=sys.stdout)
sh2.use_rawinput = False
sh2.cmdloop(intro="second shell")
print(sorted(sh2.colors))
print(sh.onecmd("show teal"), sh.get_names()[:3])
