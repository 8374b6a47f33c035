# A module-level `super` turns off the LOAD_SUPER_ATTR optimisation everywhere.
class super:
    msg = "module super"


class C:
    def method(self):
        return super().msg
