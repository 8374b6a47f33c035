import _imp_mod
def main():
    print("main runs", __name__)
if __name__ == "__main__":
    main()
print(_imp_mod.__name__ == "__main__")
