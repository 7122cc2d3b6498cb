"""A module whose import fails halfway."""
import weakref

class Resource:
    def __del__(self):
        print("Resource of the failed module freed")

keep = Resource()
VALUE = 42
raise ValueError("mod_lead9_broken cannot be imported")
