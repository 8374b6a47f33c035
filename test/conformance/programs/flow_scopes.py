# Conformance program flow_scopes: global, nonlocal and del of every
# target kind, with the errors each raises.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(bump(), bump(), counter)

def make():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    def reset():
        nonlocal total
        del total
    def read():
        return total
    return add, reset, read
add, reset, read = make()
print(add(2), add(3), read())
reset()
try:
    read()
except NameError as e:
    print(type(e).__name__, e)
try:
    add(1)
except NameError as e:
    print(type(e).__name__, e)

def unbound():
    print(x)
    x = 1
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def delete_local():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(delete_local())

g1 = "global one"
del g1
try:
    g1
except NameError as e:
    print(e)
try:
    del g1
except NameError as e:
    print(e)

def del_global():
    global g2
    g2 = 1
    del g2
    try:
        del g2
    except NameError as e:
        print("del_global:", e)
del_global()

class Obj:
    pass
o = Obj()
o.a = 1
o.b = 2
del o.a
print(vars(o))
try:
    del o.zzz
except AttributeError as e:
    print(e)

lst = list(range(10))
del lst[0]
del lst[-1]
del lst[1:3]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
try:
    del d["missing"]
except KeyError as e:
    print("KeyError", e)
print(d)
a, b, c = 1, 2, 3
del a, (b, c)
try:
    print(c)
except NameError as e:
    print(e)
x = [1, [2, 3]]
del x[1][0]
print(x)

class Scope:
    attr = 1
    del attr
    try:
        attr
    except NameError as e:
        print("class body:", e)
    v = 10
    vals = [v for _ in range(2)] if False else None
print(hasattr(Scope, "attr"), Scope.v)

def outer():
    v = "enclosing"
    class Inner:
        v = "class"
        def m(self):
            return v
    return Inner().m()
print(outer())

def comprehension_scope():
    i = "kept"
    squares = [i * i for i in range(3)]
    return i, squares
print(comprehension_scope())

def closure_late():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(closure_late())

def free_var_deleted():
    v = 1
    def inner():
        return v
    del v
    return inner()
try:
    free_var_deleted()
except NameError as e:
    print(type(e).__name__, e)
print(undefined_name)
