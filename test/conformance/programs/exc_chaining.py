# Conformance program exc_chaining: __context__ (implicit), __cause__ (raise from),
# __suppress_context__ (from None), context on re-raise, cycles avoided, and an uncaught
# three-level chain mixing both kinds, printed as python3.12's traceback printer does.
def show(e):
    print(type(e).__name__, e, '| cause:', repr(e.__cause__), '| context:', repr(e.__context__), '| suppress:', e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('implicit')
except ValueError as e:
    show(e)
try:
    try:
        {}['k']
    except KeyError as k:
        raise RuntimeError('explicit') from k
except RuntimeError as e:
    show(e)
try:
    try:
        [][0]
    except IndexError:
        raise TypeError('hidden') from None
except TypeError as e:
    show(e)
try:
    raise ValueError('cause from class') from KeyError
except ValueError as e:
    show(e)
e = ValueError('manual')
e.__cause__ = KeyError('c')
show(e)
e.__cause__ = None
show(e)
e.__suppress_context__ = False
show(e)
try:
    e.__cause__ = 5
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    e.__context__ = 'x'
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    try:
        raise ValueError('first')
    except ValueError as first:
        try:
            raise first
        except ValueError as again:
            print('same object', again is first, again.__context__)
            raise
except ValueError as e:
    print(repr(e.__context__))
try:
    try:
        raise KeyError('a')
    finally:
        print('finally runs')
except KeyError as e:
    show(e)
try:
    try:
        raise KeyError('inner')
    finally:
        raise ValueError('from finally')
except ValueError as e:
    show(e)
a = ValueError('a')
b = TypeError('b')
try:
    try:
        raise a
    except ValueError:
        try:
            raise b
        except TypeError:
            raise a
except ValueError as e:
    print(e is a, repr(e.__context__), repr(b.__context__))
try:
    try:
        raise OSError('os')
    except OSError as x:
        x2 = x
    raise ValueError('after handler')
except ValueError as e:
    show(e)
def gen():
    try:
        yield 1
    except GeneratorExit:
        print('gen closing')
        raise
g = gen()
next(g)
g.close()
try:
    try:
        raise ValueError(1)
    except ValueError:
        pass
    raise TypeError(2)
except TypeError as e:
    show(e)
def level3():
    raise KeyError('deep')
def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError('middle') from e
def level1():
    try:
        level2()
    except ValueError:
        raise RuntimeError('top')
level1()
