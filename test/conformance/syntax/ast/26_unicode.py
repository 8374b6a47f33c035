# Non-ASCII identifiers and strings: columns are UTF-8 byte offsets.
café = 'crème brûlée'
π = 3.14159
x = 'ü' + café
naïve = [π, 'δ', "€uro"]
print(f'{café} {π:.2f} ☃')
ﬁ = 1
