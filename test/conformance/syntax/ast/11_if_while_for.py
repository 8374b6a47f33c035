# if/elif/else, while/else and for/else, with break and continue.
if a:
    pass
elif b:
    x = 1
elif c: y = 2
else:
    z = 3
while x > 0:
    x -= 1
    if x == 5:
        break
    continue
else:
    done()
for i in range(10):
    print(i)
else:
    pass
for a, b in pairs: pass
for *a, b in c: pass
for x in *a, *b: pass
for i, in x: pass
