# Conformance program exc_carets_attr: an AttributeError in a chained attribute access inside a
# call (carets under the whole failing expression), reached through a method and a lambda.
class Node:
    def __init__(self, child=None):
        self.child = child
    def depth(self):
        return 1 + (self.child.depth() if self.child else 0)
    def leaf_value(self):
        return self.child.child.value
walk = lambda n: n.leaf_value()
n = Node(Node(Node()))
print(n.depth())
print(walk(n))
