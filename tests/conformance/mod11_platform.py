# platform: the answers that do not depend on the host machine.
import platform, sys
print(platform.python_version(), platform.python_version_tuple(), platform.python_implementation())
print(platform.system(), platform.machine(), platform.architecture()[0] in ('64bit', '32bit'))
print(platform.python_branch(), platform.python_revision())
print(type(platform.uname()).__name__, platform.uname().system, platform.node() != None)
print(platform.python_compiler() != '', platform.python_build()[0] != '', platform.release() != '')
print(platform.platform() != '', platform.processor() is not None)
