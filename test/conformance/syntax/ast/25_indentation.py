# Deep nesting, tabs and dedent to several levels at once.
if a:
	if b:
		if c:
			x = 1
y = 2
class A:
    def f(self):
        for i in x:
            while True:
                if i:
                    return
    def g(self): pass
