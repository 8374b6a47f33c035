class MyError(Exception):
    pass
def f(x):
    try:
        try:
            raise MyError("inner")
        except MyError as e:
            raise ValueError("outer") from e
    except ValueError:
        return "caught"
    except:
        raise
def g():
    try:
        return 1
    except Exception as e:
        return 2
    finally:
        pass
