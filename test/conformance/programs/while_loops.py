# Conformance program while_loops: compared with python3.12 (stdout, stderr, exit code).
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(i) for i in range(1, 20)])
primes = []
n = 2
while len(primes) < 20:
    if all(n % p for p in primes):
        primes.append(n)
    n += 1
print(primes)
i = 0
total = 0
while i < 100000:
    total += i
    i += 1
print(total)
