# Conformance program exc_args: args, str() and repr() of exceptions with zero, one and many
# arguments, KeyError's repr-of-key str, user exception classes with custom __init__/__str__,
# args reassignment, exception attributes and __dict__, equality and raise-time instantiation.
cases = [Exception(), Exception('m'), Exception('a', 'b'), Exception(1), Exception(None), Exception(('t',)),
         ValueError(''), KeyError('k'), KeyError(), KeyError('a', 'b'), KeyError(1), KeyError(''), KeyError(None),
         IndexError(3), StopIteration(1), SystemExit('bye'), TypeError([1, 2]), RuntimeError('q\'uote')]
for e in cases:
    print(repr(e), '|', str(e), '|', e.args)
class MyErr(Exception):
    pass
print(repr(MyErr('x')), str(MyErr('x', 2)), MyErr().args)
class WithInit(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
w = WithInit(404, 'not found')
print(repr(w), str(w), w.args, w.code, w.__dict__)
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
n = NoSuper(1, 2)
print(repr(n), n.args, n.a)
class CustomStr(Exception):
    def __str__(self):
        return 'custom!'
print(repr(CustomStr('x')), str(CustomStr('x')))
class CustomRepr(Exception):
    def __repr__(self):
        return 'CR()'
print(repr(CustomRepr('x')), str(CustomRepr('x')), [CustomRepr()])
e = Exception('a')
e.args = ('b', 'c')
print(e, e.args)
e.args = [1]
print(e.args, type(e.args).__name__)
try:
    e.args = 5
except TypeError as ex:
    print(type(ex).__name__, ex)
e.custom = 'attr'
print(e.custom, e.__dict__)
print(Exception('a') == Exception('a'), e == e)
try:
    raise ValueError
except ValueError as ex:
    print(repr(ex), ex.args)
try:
    raise MyErr
except MyErr as ex:
    print(repr(ex))
try:
    raise 5
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    raise object
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    raise ValueError('x') from 5
except TypeError as ex:
    print(type(ex).__name__, ex)
class NotExc:
    pass
try:
    try:
        pass
    finally:
        raise NotExc()
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    try:
        raise ValueError('v')
    except NotExc:
        pass
except TypeError as ex:
    print(type(ex).__name__, ex, type(ex.__context__).__name__)
try:
    try:
        raise ValueError('v')
    except (ValueError, 3):
        print('caught by tuple with junk')
except TypeError as ex:
    print(type(ex).__name__, ex)
class Odd(Exception):
    def __new__(cls, *args):
        print('Odd.__new__', args)
        return super().__new__(cls, *args)
    def __init__(self, *args):
        print('Odd.__init__', args)
o = Odd(1, 2)
print(o.args)
class KwOnly(Exception):
    def __init__(self, *, reason):
        super().__init__(reason)
print(repr(KwOnly(reason='r')))
try:
    Exception(x=1)
except TypeError as ex:
    print(type(ex).__name__, ex)
print(BaseException.__new__(ValueError, 1, 2).args)
print(str(KeyError('multi\nline')), repr(ValueError('multi\nline')))
class WithSlots(Exception):
    __slots__ = ('extra',)
ws = WithSlots('m')
ws.extra = 1
print(ws.extra, ws.args, hasattr(ws, '__dict__'))
print(Exception.__str__(KeyError('x')), KeyError.__str__(KeyError('x')))
print(Exception('x').with_traceback(None).args)
try:
    Exception().with_traceback(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
