# except* (PEP 654): matching, naming, bare raise, else and finally.
def handle(f):
    try:
        f()
    except* ValueError as eg:
        print("value errors", eg.exceptions)
    except* (TypeError, KeyError):
        print("type or key errors")
    except* OSError as e:
        raise RuntimeError("wrapped") from e


def with_else_finally(f):
    try:
        f()
    except* ValueError:
        pass
    else:
        print("no error")
    finally:
        print("always")
    return 1


def reraise(f):
    try:
        f()
    except* Exception as eg:
        print(eg)
        raise


def loop_inside(items):
    try:
        pass
    except* ValueError:
        for x in items:
            if x:
                break
            else:
                continue
    return items


def only_finally_star(f):
    try:
        return f()
    finally:
        print("done")


try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError:
    print("v")
except* TypeError as t:
    print("t", t)
