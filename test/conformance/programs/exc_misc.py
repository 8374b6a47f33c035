# Conformance program exc_misc: exceptions from __exit__, __enter__, generators and nested calls,
# re-raising with a new traceback, except clauses matching by tuple and by subclass order,
# exception objects kept after the handler, and an uncaught error raised inside finally.
import sys
class Boom:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise RuntimeError('exit failed')
try:
    with Boom():
        raise ValueError('body')
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)
class BadEnter:
    def __enter__(self):
        raise KeyError('enter')
    def __exit__(self, *a):
        print('never')
try:
    with BadEnter():
        print('never')
except KeyError as e:
    print('enter raised', e)
def gen():
    yield 1
    raise IndexError('in generator')
try:
    for x in gen():
        print('got', x)
except IndexError as e:
    print(type(e).__name__, e)
def raiser(exc):
    raise exc
for exc in [ValueError('v'), KeyError('k'), ZeroDivisionError('z'), OSError(2, 'nf')]:
    try:
        raiser(exc)
    except (KeyError, ValueError) as e:
        print('tuple caught', repr(e))
    except ArithmeticError as e:
        print('base caught', repr(e))
    except Exception as e:
        print('generic caught', repr(e), type(e).__name__)
saved = None
try:
    raise TypeError('kept')
except TypeError as e:
    saved = e
print(repr(saved), saved.__traceback__ is not None, saved.__traceback__.tb_lineno)
def reraise_new():
    try:
        raise ValueError('orig')
    except ValueError as e:
        raise e.with_traceback(None)
try:
    reraise_new()
except ValueError as e:
    tb = e.__traceback__
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    print('frames', n)
try:
    try:
        raise ValueError('a')
    except ValueError:
        raise
except ValueError as e:
    print('bare raise kept', e, e.__context__)
def depth(n):
    if n == 0:
        raise RecursionError('manual')
    return depth(n - 1)
try:
    depth(5)
except RecursionError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))
print(sys.exc_info()[0])
try:
    assert 1 == 2, 'math is broken'
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    int('x')
except ValueError as e:
    print(e)
try:
    {}.pop('nope')
except KeyError as e:
    print(repr(e), str(e))
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    None.attr
except AttributeError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e, e.name)
def cleanup():
    try:
        raise KeyError('during try')
    finally:
        print('cleaning up')
        raise OSError('finally failed')
cleanup()
