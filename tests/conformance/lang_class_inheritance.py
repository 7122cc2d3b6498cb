# Classes: inheritance and method override, super().__init__(), class
# attributes shared until shadowed by an instance attribute, isinstance and
# issubclass, type(x).__name__, multiple inheritance looks left to right.
# CPython: typeobject.c mro_internal (C3), super_init.
class Animal:
    kind = "animal"
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return self.name + " makes a sound"

    def describe(self):
        return self.speak() + " (" + self.kind + ")"


class Dog(Animal):
    kind = "dog"

    def __init__(self, name, trick):
        super().__init__(name)
        self.trick = trick

    def speak(self):
        return self.name + " barks"


class Swimmer:
    def move(self):
        return "swims"

    def speak(self):
        return "blub"


class Walker:
    def move(self):
        return "walks"


class Duck(Swimmer, Walker, Animal):
    pass


a = Animal("generic")
d = Dog("rex", "roll")
duck = Duck("donald")
print(a.describe())
print(d.describe(), "| trick:", d.trick)
print("duck:", duck.move(), "|", duck.speak(), "|", duck.describe())
print("count:", Animal.count, "| via instance:", d.count)
d.kind = "good dog"
print("instance attr shadows:", d.kind, "| class still:", Dog.kind)
print("isinstance(d, Animal):", isinstance(d, Animal), "| isinstance(a, Dog):", isinstance(a, Dog))
print("issubclass(Duck, Walker):", issubclass(Duck, Walker), "| issubclass(Dog, Duck):", issubclass(Dog, Duck))
print("names:", type(d).__name__, d.__class__.__name__, Duck.__name__)
print("type(d) is Dog:", type(d) is Dog, "| is Animal:", type(d) is Animal, "| tuple:", isinstance(duck, (Dog, Walker)))
