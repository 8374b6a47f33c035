import functools
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

@deco
def f(x):
    return x

class C:
    @staticmethod
    def s():
        return 1
    @classmethod
    def c(cls):
        return cls
