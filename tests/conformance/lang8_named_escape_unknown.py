# An unknown \N{...} name in the scenario itself: the program does not run
# (nothing is printed) and python3 exits with status 1.
print("start")
label = "\N{WHITE BULLET}" + "\N{NOT A CHARACTER NAME}"
print(label)
