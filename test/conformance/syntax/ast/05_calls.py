# Calls with every kind of argument, attributes and subscripts.
f()
f(a, b)
f(a, *args, key=1, **kwargs)
f(*a, *b, c=1, *d, **e, **g)
f(x for x in y)
obj.attr.method(1)(2)[3].x
a[1]; a[1:2]; a[::3]; a[1:2:3]; a[:, 1]; a[1, 2,]; a[x:y, ::z]
a[*b]; a[*b, c]
f(a)(b)(c)
print(1, 2, sep='', end='\n')
