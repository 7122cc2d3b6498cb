print("hello")
N = 1
