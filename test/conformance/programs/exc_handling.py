# Conformance program exc_handling: bare raise, raise inside except and finally, return/break in
# finally swallowing exceptions, sys.exc_info() and sys.exception(), except-as unbinding, nested
# handlers, exceptions raised by __repr__/__str__, and an uncaught exception re-raised bare.
import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError('v')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__, sys.exception() is v)
    try:
        raise KeyError('nested')
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'finally wins'
print(swallow())
def brk():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i
print(brk())
def cont():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(cont())
try:
    raise TypeError('t')
except TypeError as e:
    pass
try:
    e
except NameError as ex:
    print(type(ex).__name__, ex)
def order():
    log = []
    try:
        try:
            log.append('try')
            raise ValueError
        except ValueError:
            log.append('except')
            raise KeyError
        else:
            log.append('else')
        finally:
            log.append('finally')
    except KeyError:
        log.append('outer')
    return log
print(order())
def else_runs():
    try:
        pass
    except Exception:
        return 'except'
    else:
        return 'else'
    finally:
        print('finally before return')
print(else_runs())
class BadRepr(Exception):
    def __repr__(self):
        raise RuntimeError('repr failed')
try:
    repr(BadRepr())
except RuntimeError as e:
    print(type(e).__name__, e)
class BadStrExc(Exception):
    def __str__(self):
        raise RuntimeError('str failed')
try:
    str(BadStrExc())
except RuntimeError as e:
    print(type(e).__name__, e)
def reraiser():
    try:
        raise ValueError('orig')
    except ValueError:
        try:
            raise
        except ValueError as again:
            return again.args
print(reraiser())
try:
    try:
        raise ValueError('a')
    except ValueError as e:
        raise e
except ValueError as e2:
    print(e2.args, e2.__context__)
def in_generator():
    try:
        yield 1
        raise KeyError('g')
    except KeyError:
        yield sys.exc_info()[0].__name__
print(list(in_generator()))
def exc_in_loop():
    results = []
    for x in [1, 0, 2, 'a']:
        try:
            results.append(10 // x)
        except ZeroDivisionError:
            results.append('zde')
        except TypeError as e:
            results.append(str(e))
    return results
print(exc_in_loop())
def nested_finally():
    try:
        try:
            return 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print(nested_finally())
class Unprintable(Exception):
    def __str__(self):
        raise ValueError('nope')
def fail():
    try:
        raise Unprintable('u')
    except Unprintable:
        raise
fail()
