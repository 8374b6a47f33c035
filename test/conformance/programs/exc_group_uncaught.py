# Conformance program exc_group_uncaught: an uncaught exception group with a nested group, notes,
# a chained cause and member tracebacks, printed with python3.12's boxed group format.
def fail(n):
    raise ValueError(f'bad {n}')
def collect():
    errors = []
    for i in range(2):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    inner = ExceptionGroup('inner', [KeyError('k'), TypeError('t')])
    errors.append(inner)
    eg = ExceptionGroup('many problems', errors)
    eg.add_note('a note on the group')
    return eg
try:
    raise RuntimeError('first')
except RuntimeError as r:
    raise collect() from r
