"""Benchmark: recursive Fibonacci, fib(27).

Measures function calls, frame creation, int comparison and addition; it
deliberately uses no memoisation, so almost all time is spent calling.
"""


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(27))
