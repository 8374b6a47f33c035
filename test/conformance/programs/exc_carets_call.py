# Conformance program exc_carets_call: carets under calls, attribute access and subscripts spanning
# part of a line, and a multi-line call whose frame points into the failing argument.
data = {'a': {'b': [1, 2, 3]}}
def pick(d, k):
    return d['a'][k][5]
def outer(x):
    return len(str(x)) + pick(
        data,
        'b',
    )
print(outer(12345))
