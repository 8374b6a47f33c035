print("executing _imp_mod as", __name__)
VALUE = 10
_private = 1
__all__ = ["VALUE", "helper"]

def helper(x):
    return x * VALUE

def boom():
    return {}["missing"]

if __name__ == "__main__":
    print("never printed on import")
