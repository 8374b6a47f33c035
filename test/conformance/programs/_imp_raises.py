print("about to fail")
def fail():
    raise ValueError("from module body")
fail()
