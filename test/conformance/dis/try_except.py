def f(x):
    try:
        y = 1 / x
    except ZeroDivisionError as e:
        print("zero", e)
        y = 0
    except (TypeError, ValueError):
        raise
    else:
        print("ok")
    finally:
        print("done")
    return y

try:
    f(0)
except Exception:
    pass
raise ValueError("bad") from None
