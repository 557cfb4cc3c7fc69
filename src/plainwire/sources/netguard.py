"""SSRF guard: a network backend that only ever connects to addresses it has vetted.

The check lives in the connection layer (not in a pre-flight lookup) so it holds for
every hop of a redirect chain, for robots.txt fetches and against DNS rebinding: the
host is resolved once, every address is checked, and the socket connects to one of the
checked addresses -- never to a name that could resolve differently a moment later.

The same layer enforces the per-request *total* deadline: each socket read gets at most
the time left, so a server that trickles one byte a second (slowloris) cannot keep a
request alive past ``FetchConfig.total_timeout``.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
import typing

import httpcore

from plainwire.errors import BlockedAddressError

# Addresses no public web page lives on. ``is_global`` already excludes private,
# loopback, link-local (169.254/16, incl. cloud metadata), CGNAT, documentation and
# reserved ranges; the explicit metadata list makes the intent readable.
_METADATA = {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}

_deadline = threading.local()


def set_deadline(when: float | None) -> None:
    """Monotonic time after which reads on this thread fail (``None`` = no limit)."""
    _deadline.value = when


def _remaining(timeout: float | None) -> float | None:
    when = getattr(_deadline, "value", None)
    if when is None:
        return timeout
    left = when - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("total timeout exceeded")
    return left if timeout is None else min(timeout, left)


class ResolveError(httpcore.ConnectError):
    """The host name does not resolve (not retried: offline or a dead domain)."""


def is_blocked_ip(ip: str) -> bool:
    """True for addresses a fetch must not reach unless private networks are allowed."""
    addr = ipaddress.ip_address(ip.split("%", 1)[0])
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    return addr in _METADATA or not addr.is_global or addr.is_multicast


def resolve_checked(host: str, port: int, *, allow_private: bool) -> list[str]:
    """Resolve ``host`` and return its addresses; raise if any of them is blocked.

    Refusing when *any* address is private (not only the first) stops a name that
    resolves to both a public and a private address from being used as a bypass.
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise ResolveError(f"cannot resolve host {host!r}: {exc}") from exc
    addrs: list[str] = []
    for _family, _type, _proto, _canon, sockaddr in infos:
        ip = str(sockaddr[0])
        if ip not in addrs:
            addrs.append(ip)
    if not allow_private:
        for ip in addrs:
            if is_blocked_ip(ip):
                raise BlockedAddressError(
                    f"refusing to connect to {host} ({ip}): private, loopback, link-local or metadata "
                    "address (set allow_private_networks to permit)"
                )
    return addrs


class _DeadlineStream(httpcore.NetworkStream):
    """Wraps a stream so every read and write respects the thread's total deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _remaining(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _remaining(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: typing.Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, _remaining(timeout)))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class GuardedBackend(httpcore.NetworkBackend):
    """httpcore backend: vet addresses, connect to the vetted IP, bound reads by the deadline."""

    def __init__(self, *, allow_private: bool, allowed_hosts: frozenset[str] = frozenset()) -> None:
        self._inner = httpcore.SyncBackend()
        self._allow_private = allow_private
        self._allowed_hosts = allowed_hosts

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        allow = self._allow_private or host.lower() in self._allowed_hosts
        addrs = resolve_checked(host, port, allow_private=allow)
        last: Exception | None = None
        for ip in addrs:
            try:
                stream = self._inner.connect_tcp(ip, port, _remaining(timeout), local_address, socket_options)
            except httpcore.ConnectError as exc:  # try the next address of the name
                last = exc
                continue
            return _DeadlineStream(stream)
        raise last or httpcore.ConnectError(f"no address for {host!r}")

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: typing.Any = None
    ) -> httpcore.NetworkStream:
        raise BlockedAddressError(f"unix sockets are not fetchable: {path}")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)
