result = some_function(
    1,
    2,
)
value = (obj
         .method()
         .other)
total = (1 +
         x)
if (a and
        b):
    pass
