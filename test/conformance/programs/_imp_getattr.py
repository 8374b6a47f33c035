def __getattr__(name):
    if name == "dynamic":
        return "made on demand"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
