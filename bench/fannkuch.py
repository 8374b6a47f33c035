"""Benchmark: fannkuch-redux, the pancake-flipping count over permutations.

Measures list slicing, reversal through slice assignment, indexing and
small-int arithmetic. It deliberately generates permutations with its own
counting scheme instead of itertools, which Refscope does not have yet.
"""


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        first = perm[0]
        while first != 0:
            # Reverse the first `first + 1` pancakes.
            perm[:first + 1] = perm[first::-1]
            flips += 1
            first = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips * sign
        sign = -sign
        # Next permutation: rotate prefixes until a counter does not wrap.
        while True:
            if r == n:
                return checksum, max_flips
            head = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = head
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


checksum, flips = fannkuch(8)
print(checksum)
print("Pfannkuchen(8) =", flips)
