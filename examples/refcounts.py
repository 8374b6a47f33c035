# Names and containers sharing objects: every new reference to the same
# list raises its reference count by one, and dropping one lowers it.
# Step through it and watch `ob_refcnt` under "(internals)"; the printed
# numbers are what CPython 3.12 prints (getrefcount counts its own argument).
# It deliberately avoids small ints and short strings, which are immortal.
import sys

shared = [1, 2, 3]
print("one name:", sys.getrefcount(shared))

alias = shared
print("two names:", sys.getrefcount(shared))

pair = (shared, shared)
print("in a tuple twice:", sys.getrefcount(shared))

table = {"first": shared, "second": alias}
print("and in a dict twice:", sys.getrefcount(shared))

del pair
print("tuple gone:", sys.getrefcount(shared))

table["first"] = None
print("one dict value replaced:", sys.getrefcount(shared))


def count_inside(obj):
    # The parameter is one more reference while the call runs.
    return sys.getrefcount(obj)


print("inside a call:", count_inside(shared))
print("back outside:", sys.getrefcount(shared))
