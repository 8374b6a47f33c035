# Conformance program sorting: compared with python3.12 (stdout, stderr, exit code).
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 20)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[1], p[0]), reverse=True))
nums = [5, -3, 2, -8, 0]
nums.sort(key=abs)
print(nums)
print(sorted([3.5, 1, 2.25, -1]), sorted(["b", "A", "a", "B"]), sorted("hello", reverse=True))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
