# traceback.print_exc places its carets by display column: a wide East
# Asian character (CJK, fullwidth forms) takes two columns before and
# inside the underlined part, as traceback.py's _display_width counts them.
import sys
import traceback

def lookup(table, key):
    return table[key] + 1

def show(thunk):
    try:
        thunk()
    except Exception:
        text = traceback.format_exc().replace(__file__, "tb_module_wide_chars.py")
        print(text, end="")

table = {"日本": 1, "ｆｕｌｌ": 2}
show(lambda: "日本" + str(lookup(table, "語")))
show(lambda: "ｆｕｌｌ" + lookup(table, "ｆｕｌｌ"))
show(lambda: {"キー": 1}["値"])
show(lambda: ("漢字", 1)[5])
show(lambda: "ascii only" + 1)
