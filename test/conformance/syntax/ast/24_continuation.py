# Backslash continuation, implicit joining and blank/comment lines.
x = 1 + \
    2
y = (1 +
     2)

# comment

z = [
    # inside
    1,   # trailing
]
if a and \
   b:
    pass
def f(
    a,
    b
):
    pass
