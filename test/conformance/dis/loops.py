def f(n):
    total = 0
    i = 0
    while i < n:
        if i == 3:
            i += 1
            continue
        total += i
        i += 1
    else:
        total = -total
    for j in range(n):
        if j > 5:
            break
        total += j
    else:
        total += 100
    while True:
        n -= 1
        if not n:
            break
    return total
