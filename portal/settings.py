"""The [portal] table of config.toml, as a frozen value.

The portal does not import mailgate, so it reads through any object with the look-ups of
mailgate's settings table (`TableLike`); the errors it raises are that table's, naming the
key and the file like every other setting.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol
from urllib.parse import urlsplit


class TableLike(Protocol):
    def text(self, key: str, default: str) -> str: ...
    def flag(self, key: str, default: bool) -> bool: ...
    def integer(self, key: str, default: int, *, minimum: int = 0) -> int: ...
    def error(self, key: str, problem: str) -> Exception: ...
    def reject_unknown(self, known: set[str]) -> None: ...


@dataclass(frozen=True)
class PortalSettings:
    enabled: bool
    host: str
    port: int
    base_url: str                    # no trailing slash; every link we mail starts with it
    forwarded_allow_ips: str         # proxies whose X-Forwarded-For names the client
    requests_per_address: int        # login links per address per window
    requests_per_client: int         # login requests per client address per window
    window_minutes: int
    open_minutes: int = 30           # how long a moderator's "open" mark on a report lasts

    @property
    def secure_cookies(self) -> bool:
        return self.base_url.startswith("https://")

    def event_url(self, reference: str) -> str:
        return f"{self.base_url}/handelser/{reference}"


DEFAULTS = PortalSettings(
    enabled=True, host="127.0.0.1", port=8080, base_url="http://127.0.0.1:8080",
    forwarded_allow_ips="127.0.0.1", requests_per_address=5, requests_per_client=20,
    window_minutes=15)

KEYS = {"enabled", "listen", "base_url", "forwarded_allow_ips", "login_requests_per_address",
        "login_requests_per_client", "login_window_minutes", "open_minutes"}


def read_portal(t: TableLike) -> PortalSettings:
    t.reject_unknown(KEYS)
    d = DEFAULTS
    listen = t.text("listen", f"{d.host}:{d.port}")
    host, sep, port = listen.rpartition(":")
    if not sep or not port.isdigit() or not host:
        raise t.error("listen", f"expected HOST:PORT, got {listen!r}")
    base_url = t.text("base_url", d.base_url).rstrip("/")
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query:
        raise t.error("base_url", f"expected an http(s) URL such as "
                      f"https://vsn.example.se, got {base_url!r}")
    return PortalSettings(
        enabled=t.flag("enabled", d.enabled), host=host.strip("[]"), port=int(port),
        base_url=base_url,
        forwarded_allow_ips=t.text("forwarded_allow_ips", d.forwarded_allow_ips),
        requests_per_address=t.integer("login_requests_per_address", d.requests_per_address,
                                       minimum=1),
        requests_per_client=t.integer("login_requests_per_client", d.requests_per_client,
                                      minimum=1),
        window_minutes=t.integer("login_window_minutes", d.window_minutes, minimum=1),
        open_minutes=t.integer("open_minutes", d.open_minutes, minimum=1),
    )
