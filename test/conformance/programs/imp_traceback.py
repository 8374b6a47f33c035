import _imp_mod
def call():
    return _imp_mod.boom()
try:
    call()
except KeyError as e:
    print("caught", repr(e))
call()
