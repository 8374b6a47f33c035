# Conformance program exc_tb_repeat: a traceback with mutual recursion and a self-recursive
# function, printed with "[Previous line repeated N more times]" as python3.12 does.
def ping(n):
    if n == 0:
        return down(5)
    return pong(n - 1)
def pong(n):
    return ping(n)
def down(k):
    if k == 0:
        return {}['missing'] + 1
    return down(k - 1)
try:
    ping(2)
except KeyError as e:
    print('caught', e)
ping(6)
