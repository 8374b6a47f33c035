# Conformance program exc_hierarchy: the builtin exception tree of 3.12 (every builtin class reachable
# through __subclasses__, with its bases), isinstance across the tree, OSError's errno mapping,
# the aliases IOError/EnvironmentError, and attributes of the special exception classes.
def walk(c, depth):
    if c.__module__ != 'builtins':
        return
    print('  ' * depth + c.__name__, [b.__name__ for b in c.__bases__])
    for s in sorted(c.__subclasses__(), key=lambda k: k.__name__):
        walk(s, depth + 1)
walk(BaseException, 0)
print(IOError is OSError, EnvironmentError is OSError)
for errno in [1, 2, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 110, 111, 3, 99999]:
    e = OSError(errno, 'message')
    print(errno, type(e).__name__, e.errno, e.strerror, e.filename, e.args, str(e))
e = OSError(2, 'No such file', 'f.txt')
print(type(e).__name__, e.filename, e.filename2, str(e), repr(e))
e = OSError(2, 'No such file', 'a', None, 'b')
print(type(e).__name__, str(e), e.args)
e = OSError('just one')
print(e.errno, e.strerror, str(e), e.args)
e = OSError(1, 2, 3, 4, 5, 6)
print(type(e).__name__, e.args, e.errno)
print(FileNotFoundError(2, 'x').errno, type(FileNotFoundError(1, 'x')).__name__)
print(BlockingIOError(11, 'blk', 5).characters_written)
se = SystemExit(3)
print(se.code, SystemExit().code, SystemExit(1, 2).code)
si = StopIteration(5)
print(si.value, StopIteration().value, StopIteration(1, 2).value)
ie = ImportError('msg', name='mod', path='/p')
print(ie.name, ie.path, ie.msg, str(ie), ImportError().name)
try:
    ImportError(bad=1)
except TypeError as ex:
    print(type(ex).__name__, ex)
ne = NameError('n', name='q')
print(ne.name, NameError('x').name)
ae = AttributeError('m', name='a', obj=3)
print(ae.name, ae.obj)
ue = UnicodeDecodeError('utf-8', bytes([255]), 0, 1, 'invalid start byte')
print(ue.encoding, ue.object, ue.start, ue.end, ue.reason, str(ue))
sy = SyntaxError('bad', ('f.py', 1, 2, 'x = ', 1, 3))
print(sy.msg, sy.filename, sy.lineno, sy.offset, sy.text, sy.end_lineno, sy.end_offset, str(sy))
print(str(SyntaxError('plain')), SyntaxError().msg)
for cls in [ZeroDivisionError, OverflowError, KeyError, IndexError, UnicodeError, TabError, ModuleNotFoundError, ConnectionResetError, RecursionError]:
    print(cls.__name__, [k.__name__ for k in cls.__mro__])
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(isinstance(KeyError(), LookupError), isinstance(KeyboardInterrupt(), Exception))
