"""HTTP-like request router with decorators and middleware closures."""
import re
import json
from functools import wraps
from dataclasses import dataclass, field
from typing import Callable, Any
from http import HTTPStatus


@dataclass
class Request:
    method: str
    path: str
    headers: dict = field(default_factory=dict)
    body: str = ""
    params: dict = field(default_factory=dict)


@dataclass
class Response:
    status: int = 200
    body: Any = None
    headers: dict = field(default_factory=dict)

    def render(self):
        phrase = HTTPStatus(self.status).phrase
        body = self.body if isinstance(self.body, str) else json.dumps(self.body, sort_keys=True)
        hdrs = "".join(f"\n  {k}: {v}" for k, v in sorted(self.headers.items()))
        return f"{self.status} {phrase}{hdrs}\n  {body}"


class HTTPError(Exception):
    def __init__(self, status, message=None):
        super().__init__(message or HTTPStatus(status).description)
        self.status = status


class Router:
    def __init__(self):
        self.routes = []
        self.middleware = []

    def route(self, pattern, methods=("GET",)):
        regex = re.compile("^" + re.sub(r"<(\w+)(?::(\w+))?>", self._conv, pattern) + "$")

        def decorator(fn):
            self.routes.append((regex, set(methods), fn))
            return fn
        return decorator

    @staticmethod
    def _conv(m):
        name, kind = m.group(1), m.group(2) or "str"
        pat = {"int": r"\d+", "str": r"[^/]+"}[kind]
        return f"(?P<{name}>{pat})"

    def use(self, mw):
        self.middleware.append(mw)
        return mw

    def dispatch(self, req):
        allowed = set()
        for regex, methods, fn in self.routes:
            m = regex.match(req.path)
            if not m:
                continue
            if req.method not in methods:
                allowed |= methods
                continue
            req.params = {k: int(v) if v.isdigit() else v for k, v in m.groupdict().items()}
            return fn(req)
        if allowed:
            raise HTTPError(405, f"allowed: {', '.join(sorted(allowed))}")
        raise HTTPError(404)

    def handle(self, req):
        handler = self.dispatch
        for mw in reversed(self.middleware):
            handler = mw(handler)
        try:
            return handler(req)
        except HTTPError as e:
            return Response(e.status, {"error": str(e)})


app = Router()
DB = {1: {"name": "ada"}, 2: {"name": "linus"}}
log = []


@app.use
def logging_mw(next_handler):
    def handler(req):
        log.append(f"-> {req.method} {req.path}")
        resp = next_handler(req)
        log.append(f"<- {resp.status}")
        return resp
    return handler


@app.use
def auth_mw(next_handler):
    def handler(req):
        if req.path.startswith("/admin") and req.headers.get("token") != "s3cret":
            raise HTTPError(HTTPStatus.UNAUTHORIZED)
        return next_handler(req)
    return handler


def json_view(fn):
    @wraps(fn)
    def wrapper(req):
        result = fn(req)
        if isinstance(result, Response):
            return result
        return Response(200, result, {"content-type": "application/json"})
    return wrapper


@app.route("/users")
@json_view
def list_users(req):
    return sorted(DB)


@app.route("/users/<uid:int>", methods=("GET", "DELETE"))
@json_view
def user(req):
    uid = req.params["uid"]
    if uid not in DB:
        raise HTTPError(404, f"no user {uid}")
    if req.method == "DELETE":
        del DB[uid]
        return Response(204, "")
    return DB[uid]


@app.route("/users", methods=("POST",))
@json_view
def create(req):
    data = json.loads(req.body)
    uid = max(DB, default=0) + 1
    DB[uid] = data
    return Response(201, {"id": uid}, {"location": f"/users/{uid}"})


@app.route("/admin/stats")
@json_view
def stats(req):
    return {"users": len(DB), "routes": len(app.routes)}


requests = [
    Request("GET", "/users"),
    Request("GET", "/users/2"),
    Request("GET", "/users/9"),
    Request("POST", "/users", body='{"name": "grace"}'),
    Request("PUT", "/users/1"),
    Request("DELETE", "/users/1"),
    Request("GET", "/admin/stats"),
    Request("GET", "/admin/stats", headers={"token": "s3cret"}),
    Request("GET", "/nope"),
    Request("POST", "/users", body="{bad json"),
]
for r in requests:
    try:
        print(f"{r.method} {r.path}:", app.handle(r).render())
    except json.JSONDecodeError as e:
        print(f"{r.method} {r.path}: crashed: {e}")
print("log:", log)
print("view name:", user.__name__, user.__wrapped__.__name__)
print(Request("GET", "/"))
