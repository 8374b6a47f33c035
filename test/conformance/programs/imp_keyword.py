import keyword
print(keyword.kwlist)
print(keyword.softkwlist)
for w in ["if", "match", "case", "print", "None", "async", "type", "_"]:
    print(w, keyword.iskeyword(w), keyword.issoftkeyword(w))
print(len(keyword.kwlist), keyword.__all__)
from keyword import iskeyword
print(iskeyword("while"))
