# A first program to debug with Refscope: set a breakpoint on the marked
# line, press F5, and open `scores` in the Variables view, then its
# "(internals)" child to see ob_refcnt, ob_type, id and sys.getsizeof.
# It deliberately uses only lists, ints, strings and a function.


def total(scores):
    result = 0
    for score in scores:
        result = result + score  # Set a breakpoint here.
    return result


scores = [3, 1, 4, 1, 5]
name = "hello"
print(name, total(scores))
