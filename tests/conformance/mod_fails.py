# A module whose body raises: it must leave sys.modules again.
print("mod_fails: running")
value = 1
raise ValueError("mod_fails cannot be imported")
