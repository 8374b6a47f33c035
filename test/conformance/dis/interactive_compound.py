for i in range(3):
    i
    if i:
        i * 2
    def f():
        return i
