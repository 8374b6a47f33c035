# Recursion and exceptions: factorial and Fibonacci build deep call stacks
# to look at in the Call Stack view, and a failing call ends in a traceback
# like CPython's. Put a breakpoint on `return 1` and watch the frames pile up.
# It deliberately uses only functions, ints, comparisons and exceptions.


def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def checked_divide(a, b):
    if b == 0:
        raise ValueError("cannot divide " + str(a) + " by zero")
    return a // b


print("10! =", factorial(10))
print("30! =", factorial(30))
print("fib(15) =", fib(15))

try:
    checked_divide(1, 0)
except ValueError as error:
    print("caught:", error)

results = []
for n in [4, 2, 0]:
    results.append(checked_divide(100, n))
    print(results)
