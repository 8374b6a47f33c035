import bisect, heapq
from bisect import bisect_left, insort
a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 4, 3), bisect_left(a, 4, 0, 2))
b = []
for x in [5, 1, 4, 1, 9, 2, 6]:
    insort(b, x)
print(b)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]))
bisect.insort_left(recs, ("d", 4), key=lambda r: r[1])
print(recs)
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError", e)
h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 11), data)
print(heapq.nsmallest(3, [5, 1, 8, 3, 9]), heapq.nlargest(2, [5, 1, 8, 3, 9]))
print(heapq.nsmallest(2, ["ccc", "a", "bb"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
pq = []
heapq.heappush(pq, (2, "write"))
heapq.heappush(pq, (1, "read"))
heapq.heappush(pq, (3, "exec"))
print(heapq.heappop(pq), heapq.heappop(pq))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
