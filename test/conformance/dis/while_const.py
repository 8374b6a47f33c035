def f():
    while 1:
        pass
def g(x):
    if True:
        return 1
    return 2
def h():
    if 0:
        print("never")
    return None
i = 0
while i < 3:
    i += 1
