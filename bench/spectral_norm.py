"""Benchmark: the spectral norm of an infinite matrix, by power iteration.

Measures float division and multiplication, function calls in inner loops
and list building. It deliberately uses plain loops and `** 0.5` rather than
`import math` or comprehensions-with-zip tricks, to time the core bytecodes.
"""


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * v[j]
        out.append(s)
    return out


def mul_atv(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * v[j]
        out.append(s)
    return out


def mul_atav(v, n):
    return mul_atv(mul_av(v, n), n)


def spectral_norm(n, rounds):
    u = [1.0] * n
    v = u
    for _ in range(rounds):
        v = mul_atav(u, n)
        u = mul_atav(v, n)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return (vbv / vv) ** 0.5


print("%.9f" % spectral_norm(130, 5))
