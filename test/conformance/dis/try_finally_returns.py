# Nested try/finally with returns, breaks and with-statements inside.
def nested_finally(f):
    try:
        try:
            return f()
        finally:
            print("inner")
    finally:
        print("outer")


def return_in_finally():
    try:
        return 1
    finally:
        return 2


def loop_finally(xs):
    for x in xs:
        try:
            if x:
                break
            continue
        finally:
            print(x)
    return xs


def with_in_try(path):
    try:
        with open(path) as fh, open(path + ".bak") as bak:
            return fh.read() + bak.read()
    except OSError as err:
        return str(err)
    finally:
        print("closed")


def except_else_finally(f):
    try:
        v = f()
    except (ValueError, TypeError):
        v = None
    except Exception as e:
        raise RuntimeError from e
    else:
        v += 1
    finally:
        f = None
    return v
