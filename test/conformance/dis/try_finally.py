def f():
    try:
        return 1
    finally:
        print("cleanup")

def g(xs):
    for x in xs:
        try:
            if x:
                break
            continue
        finally:
            print(x)
    return 0

def h():
    try:
        pass
    except:
        return 2
