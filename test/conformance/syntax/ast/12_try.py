# try/except/else/finally in all combinations, and except*.
try:
    pass
except:
    pass
try:
    a()
except ValueError:
    b()
except (TypeError, KeyError) as e:
    raise
except Exception as err:
    raise RuntimeError('x') from err
else:
    c()
finally:
    d()
try:
    pass
finally:
    pass
try:
    f()
except* ValueError as eg:
    pass
except* (TypeError, OSError):
    pass
