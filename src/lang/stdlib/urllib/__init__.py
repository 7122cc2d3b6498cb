"""urllib for gclab: the package; urllib.parse is its one submodule here
(gclab has no network, so no urllib.request/response/error).
"""
