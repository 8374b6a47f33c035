# Conformance program exc_notes: add_note and __notes__, with_traceback, exception groups' basics,
# and an uncaught exception whose notes are printed after its message.
e = ValueError('v')
print(hasattr(e, '__notes__'))
e.add_note('first note')
e.add_note('second\nmultiline')
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
e.__notes__ = ['replaced']
print(e.__notes__)
e2 = Exception()
e2.__notes__ = 'not a list'
try:
    e2.add_note('x')
except TypeError as ex:
    print(type(ex).__name__, ex)
tb_holder = None
try:
    raise KeyError('k')
except KeyError as k:
    tb_holder = k.__traceback__
print(type(tb_holder).__name__, tb_holder.tb_lineno, tb_holder.tb_next, tb_holder.tb_frame.f_code.co_name)
x = RuntimeError('with tb')
print(x.__traceback__, x.with_traceback(tb_holder) is x, x.__traceback__ is tb_holder)
x.__traceback__ = None
print(x.__traceback__)
def f():
    raise ValueError('in f')
def g():
    f()
try:
    g()
except ValueError as err:
    tb = err.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
eg = ExceptionGroup('group', [ValueError(1), TypeError(2)])
print(repr(eg), str(eg), eg.message, eg.exceptions, type(eg).__name__)
beg = BaseExceptionGroup('b', [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup('b', [ValueError()])).__name__)
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(OSError))
try:
    ExceptionGroup('x', [])
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    ExceptionGroup('x', [KeyboardInterrupt()])
except TypeError as ex:
    print(type(ex).__name__, ex)
def inner():
    err = TypeError('bad type')
    err.add_note('note one')
    err.add_note('note two')
    raise err
try:
    inner()
except TypeError as t:
    t.add_note('added while handling')
    raise
