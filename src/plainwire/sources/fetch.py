"""Polite, bounded HTTP fetching.

``Fetcher.get`` does one logical GET: robots.txt check, per-host politeness (concurrency
and minimum interval), conditional headers, manual redirects (each hop re-vetted by the
SSRF guard in :mod:`plainwire.sources.netguard`), a total deadline, a size limit enforced
while streaming (after decompression), and retries with exponential backoff for 5xx, 429
and network timeouts. Every failure is a :class:`plainwire.errors.FetchError` whose
``input`` is the URL asked for.

It talks to ``httpcore`` (the transport under httpx) directly because the guard must sit
in the connection layer and decompression must be bounded by us; httpx's conveniences
(automatic redirects and decoding) are exactly what has to be done by hand here.
"""

from __future__ import annotations

import errno
import logging
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from types import TracebackType
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from plainwire.errors import BlockedAddressError, FetchError
from plainwire.sources import netguard
from plainwire.sources.decode import BadEncoding, BodyTooLarge, decode_text, page_markup, read_bounded
from plainwire.sources.robots import UNREACHABLE, RobotsCache

log = logging.getLogger(__name__)

DEFAULT_USER_AGENT = "plainwire/0.1 (news story engine; polite feed reader)"
_REDIRECTS = {301, 302, 303, 307, 308}
_RETRY_STATUS = {429, 500, 502, 503, 504}
# httpcore's HTTP/1.1 parser (h11) refuses a response head larger than this; its message is
# the only sign, so it is matched to give a clear, unretried error instead of "network error".
_MAX_HEAD: int = getattr(httpcore.HTTP11Connection, "MAX_INCOMPLETE_EVENT_SIZE", 100 * 1024)
_HEADER_OVERFLOW = "Receive buffer too long"


@dataclass(frozen=True)
class FetchConfig:
    user_agent: str = DEFAULT_USER_AGENT
    connect_timeout: float = 10.0
    read_timeout: float = 20.0  # longest silence between two reads
    total_timeout: float = 60.0  # one attempt, redirects included; bounds trickling servers
    max_bytes: int = 10 * 1024 * 1024  # decoded body limit
    max_redirects: int = 5
    allow_private_networks: bool = False
    allowed_hosts: tuple[str, ...] = ()  # host names exempt from the private-address guard
    per_host_concurrency: int = 2
    per_host_interval: float = 1.0  # seconds between request starts to one host
    max_workers: int = 8  # threads of fetch_many
    retries: int = 2  # extra attempts for 5xx / 429 / timeouts / dropped connections
    backoff: float = 0.5  # first retry delay, doubled each time
    backoff_max: float = 30.0
    respect_robots: bool = True
    robots_ttl: float = 3600.0
    max_crawl_delay: float = 10.0  # a robots Crawl-delay larger than this is capped
    accept: str = (
        "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
        "application/feed+json,application/xml;q=0.9,application/json;q=0.8,*/*;q=0.5"
    )


@dataclass(frozen=True)
class FetchResult:
    url: str  # as asked
    final_url: str  # after redirects
    status: int
    headers: dict[str, str]  # lower-cased names; repeated headers joined with ", "
    content: bytes
    text: str
    encoding: str  # what ``text`` was decoded with; "utf-8 (replaced)" = undecodable bytes
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    content_type: str = ""  # media type only, lower-case, e.g. "text/html"
    redirects: tuple[str, ...] = field(default=())  # intermediate URLs

    @property
    def markup(self) -> bytes | str:
        """The page as extraction should read it (``decode.page_markup``): the bytes, or
        ``text`` when only the HTTP header names the charset."""
        return page_markup(self.content, self.headers.get("content-type"), self.text)


class HttpStatusError(FetchError):
    """The server answered with an error status (kept on ``status``)."""

    code = "http_error"

    def __init__(self, message: str, *, input: str | None = None, status: int = 0) -> None:
        super().__init__(message, input=input)
        self.status = status


class FetchTimeoutError(FetchError):
    """The server did not answer, or not fast enough, within the time limits."""


class TooLargeError(FetchError):
    """The response (decoded body, or head) is over the size limit: trying again won't help."""


class _Retryable(Exception):
    def __init__(
        self,
        message: str,
        retry_after: float | None = None,
        *,
        unreachable: str | None = None,
        timeout: bool = False,
    ) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.timeout = timeout
        # Set when no connection could be made at all (refused, no route, connect timeout):
        # what the user should be told is that the address could not be reached.
        self.unreachable = unreachable


_REACH_HINT = "check the URL and that the site is up"


def _unreachable_reason(
    exc: httpcore.ConnectError | httpcore.ConnectTimeout, target: httpx.URL, timeout: float
) -> str:
    """Why no connection could be made to ``target``, in words a user can act on."""
    where = target.netloc.decode("ascii")
    if isinstance(exc, httpcore.ConnectTimeout):
        return f"no answer from {where} within {timeout:g}s"
    cause = exc.__cause__ or exc.__context__  # httpcore re-raises the OSError as context
    errno_ = getattr(cause, "errno", None)
    if errno_ == errno.ECONNREFUSED:
        return f"connection refused by {where} (nothing is listening there)"
    if errno_ in (errno.EHOSTUNREACH, errno.ENETUNREACH):
        return f"no route to {where}"
    return f"cannot connect to {where}: {exc or type(exc).__name__}"


class _HostGate:
    """Per-host concurrency slot plus a minimum interval between request starts."""

    def __init__(self, concurrency: int) -> None:
        self._sem = threading.BoundedSemaphore(max(1, concurrency))
        self._lock = threading.Lock()
        self._next = 0.0

    def __enter__(self) -> None:
        self._sem.acquire()

    def __exit__(self, *exc: object) -> None:
        self._sem.release()

    def wait_turn(self, interval: float) -> float:
        """Wait for this host's next start; returns the seconds waited."""
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next)
            self._next = start + interval
        if start > now:
            time.sleep(start - now)
            return start - now
        return 0.0


def _origin(url: httpx.URL) -> str:
    return f"{url.scheme}://{url.netloc.decode('ascii')}"  # netloc keeps IPv6 brackets


def _media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return None


class Fetcher:
    """Thread-safe HTTP client; use as a context manager or call ``close()``."""

    def __init__(self, config: FetchConfig | None = None) -> None:
        self.config = config or FetchConfig()
        c = self.config
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            max_connections=max(10, c.max_workers * 2),
            max_keepalive_connections=max(10, c.max_workers),
            keepalive_expiry=30.0,
            network_backend=netguard.GuardedBackend(
                allow_private=c.allow_private_networks,
                allowed_hosts=frozenset(h.lower() for h in c.allowed_hosts),
            ),
        )
        self._gates: dict[str, _HostGate] = {}
        self._gates_lock = threading.Lock()
        self._robots = RobotsCache(self._load_robots, c.user_agent, c.robots_ttl)

    # -- public -------------------------------------------------------------------

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        """GET ``url``; raise ``FetchError`` (naming ``url``) on any failure.

        With ``etag``/``last_modified`` the request is conditional and a 304 answer gives a
        result with ``not_modified=True`` and empty content.
        """
        c = self.config
        attempt = 0
        while True:
            try:
                return self._get_once(url, etag, last_modified)
            except _Retryable as exc:
                if attempt >= c.retries:
                    tries = f"after {attempt + 1} attempt{'s' if attempt else ''}"
                    error = FetchTimeoutError if exc.timeout else FetchError
                    if exc.unreachable is not None:
                        raise error(
                            f"could not be reached: {exc.unreachable} ({tries}); {_REACH_HINT}", input=url
                        ) from None
                    raise error(f"{exc} ({tries})", input=url) from None
                delay = min(c.backoff_max, c.backoff * (2**attempt))
                if exc.retry_after is not None:
                    delay = min(c.backoff_max, max(delay, exc.retry_after))
                log.info("retrying %s in %.1fs: %s", url, delay, exc)
                time.sleep(delay)
                attempt += 1

    def fetch_many(
        self, urls: Iterable[str], *, max_workers: int | None = None
    ) -> Iterator[tuple[str, FetchResult | FetchError]]:
        """Fetch concurrently (per-host limits still apply); yield in completion order.

        No more requests to one host are handed to the threads than that host may serve at
        once (``per_host_concurrency``): the others wait here, not in a thread, so a slow or
        trickling host cannot occupy every worker while other hosts' pages wait behind it.
        At most ``2 * max_workers`` requests are in flight and ``16 * max_workers`` URLs held
        back, so memory stays bounded however many URLs are given. Errors are yielded,
        never raised.
        """
        workers = max_workers or self.config.max_workers
        per_host = max(1, self.config.per_host_concurrency)
        pending: dict[Future[FetchResult], tuple[str, str]] = {}  # future -> (url, host key)
        busy: dict[str, int] = {}  # host key -> requests handed to threads
        held: dict[str, deque[str]] = {}  # host key -> URLs waiting for a free slot
        n_held = 0
        # Hosts that timed out in this call, with the URL that did: their other URLs are not
        # tried now (each would hold a slot for up to total_timeout); they fail at once with
        # a timeout error naming them, and the caller tries them later (the queue's backoff).
        timed_out: dict[str, str] = {}
        it = iter(urls)
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="plainwire-fetch") as pool:

            def submit(u: str, key: str) -> None:
                busy[key] = busy.get(key, 0) + 1
                pending[pool.submit(self.get, u)] = (u, key)

            try:
                exhausted = False
                while True:
                    # Held URLs of hosts with a free slot first (in the order they came),
                    # then new ones; a new URL of a busy host is held back.
                    for key in [k for k in held if k in timed_out]:
                        for u in held.pop(key):
                            n_held -= 1
                            yield u, _skipped(u, key, timed_out[key])
                    for key in [k for k, q in held.items() if q and busy.get(k, 0) < per_host]:
                        queue = held[key]
                        while queue and busy.get(key, 0) < per_host and len(pending) < workers * 2:
                            submit(queue.popleft(), key)
                            n_held -= 1
                        if not queue:
                            del held[key]
                    while not exhausted and len(pending) < workers * 2 and n_held < workers * 16:
                        try:
                            u = next(it)
                        except StopIteration:
                            exhausted = True
                            break
                        key = _origin_key(u)
                        if key in timed_out:
                            yield u, _skipped(u, key, timed_out[key])
                        elif busy.get(key, 0) < per_host and key not in held:
                            submit(u, key)
                        else:
                            held.setdefault(key, deque()).append(u)
                            n_held += 1
                    if not pending:
                        if n_held:  # cannot happen (a held host has nothing in flight): be safe
                            continue
                        return
                    done, _ = wait(pending, return_when=FIRST_COMPLETED)
                    for fut in done:
                        u, key = pending.pop(fut)
                        busy[key] -= 1
                        if not busy[key]:
                            del busy[key]
                        exc = fut.exception()
                        if exc is None:
                            yield u, fut.result()
                        elif isinstance(exc, FetchError):
                            if isinstance(exc, FetchTimeoutError) and key:
                                timed_out.setdefault(key, u)
                            yield u, exc
                        else:  # a bug must not end a crawl; report it against its URL
                            log.exception("unexpected error fetching %s", u, exc_info=exc)
                            yield u, FetchError(f"unexpected error: {exc!r}", input=u)
            finally:
                for fut in pending:
                    fut.cancel()

    def close(self) -> None:
        self._pool.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- internals ----------------------------------------------------------------

    def _gate(self, origin: str) -> _HostGate:
        with self._gates_lock:
            gate = self._gates.get(origin)
            if gate is None:
                gate = self._gates[origin] = _HostGate(self.config.per_host_concurrency)
            return gate

    def _interval(self, origin: str) -> float:
        delay = self._robots.crawl_delay(origin) if self.config.respect_robots else None
        if delay is None:
            return self.config.per_host_interval
        return max(self.config.per_host_interval, min(delay, self.config.max_crawl_delay))

    def _load_robots(self, robots_url: str) -> tuple[int, str]:
        try:
            status, headers, body, _ = self._request(httpx.URL(robots_url), [], max_bytes=512 * 1024)
        except _Retryable as exc:
            log.info("robots.txt %s unreachable (%s); treating host as disallowed for now", robots_url, exc)
            if exc.unreachable is not None:  # the host itself is unreachable, not just robots.txt
                return UNREACHABLE, exc.unreachable
            return 599, str(exc)
        except BlockedAddressError:
            raise
        except FetchTimeoutError as exc:  # a trickling server: as unreachable (RFC 9309)
            log.info("robots.txt %s too slow (%s); treating host as disallowed for now", robots_url, exc)
            return 599, exc.message
        except FetchError as exc:  # oversized or undecodable robots.txt: no usable rules
            log.info("robots.txt %s unusable (%s); no rules applied", robots_url, exc)
            return 404, ""
        if status in _REDIRECTS:  # one redirect hop is common (http -> https, www)
            loc = headers.get("location")
            if loc:
                try:
                    status, headers, body, _ = self._request(
                        httpx.URL(urljoin(robots_url, loc)), [], 512 * 1024
                    )
                except (_Retryable, FetchError):
                    return 404, ""
                if status in _REDIRECTS:
                    return 404, ""
        if status >= 500:
            return status, f"HTTP {status}"
        return status, decode_text(body, headers.get("content-type"))[0] if status < 300 else ""

    def _get_once(self, url: str, etag: str | None, last_modified: str | None) -> FetchResult:
        c = self.config
        current = url
        seen: list[str] = []
        # Cookies set during this redirect chain only (consent and session bounces such as
        # /story -> /consent -> /story need them); nothing is kept between requests.
        jar: dict[str, dict[str, str]] = {}
        visited: set[tuple[str, str]] = set()
        # One deadline for the whole chain: total_timeout bounds the attempt, redirects
        # included (each hop used to get its own, so a chain of slow hops took several).
        budget = [time.monotonic() + c.total_timeout]
        for _hop in range(c.max_redirects + 1):
            try:
                target = httpx.URL(current)
            except (httpx.InvalidURL, TypeError, ValueError) as exc:
                raise FetchError(f"invalid URL {current!r}: {exc}", input=url) from None
            if target.scheme not in ("http", "https") or not target.host:
                raise FetchError(f"not an http(s) URL: {current!r}", input=url)
            origin = _origin(target)
            try:
                if c.respect_robots and not self._robots.allowed(origin, str(target)):
                    why = self._robots.unavailable(origin)
                    if why is not None and self._robots.unreachable(origin):
                        # robots.txt is checked first, so a dead host fails here; say what
                        # failed (the URL asked for) and what to check, not "robots.txt".
                        raise FetchError(
                            _via(seen, current, f"could not be reached: {why}; {_REACH_HINT}"), input=url
                        )
                    if why is not None:
                        raise FetchError(
                            f"{origin}/robots.txt unavailable ({why}); host treated as disallowed for now "
                            "(RFC 9309)",
                            input=url,
                        )
                    raise FetchError(f"disallowed by {origin}/robots.txt for {current}", input=url)
            except BlockedAddressError as exc:
                raise BlockedAddressError(_via(seen, current, exc.message), input=url) from None
            extra: list[tuple[str, str]] = []
            if etag:
                extra.append(("If-None-Match", etag))
            if last_modified:
                extra.append(("If-Modified-Since", last_modified))
            cookie = _cookie_header(jar, current)
            if cookie:
                extra.append(("Cookie", cookie))
            try:
                status, headers, body, set_cookies = self._request(
                    target, extra, c.max_bytes, url=url, budget=budget
                )
            except BlockedAddressError as exc:
                raise BlockedAddressError(_via(seen, current, exc.message), input=url) from None
            _remember_cookies(jar, current, set_cookies)
            if status in _REDIRECTS and headers.get("location"):
                visited.add((current, cookie))
                seen.append(current)
                nxt = urljoin(current, headers["location"].strip())
                if (nxt, _cookie_header(jar, nxt)) in visited:
                    raise FetchError(f"redirect loop: {' -> '.join([*seen, nxt])}", input=url)
                current = nxt
                continue
            ctype = headers.get("content-type", "")
            if status == 304 and not (etag or last_modified):
                # "Not modified" since nothing: there is no cached copy to reuse. Taken as
                # success it would show the source as healthy while it never yields an entry.
                raise HttpStatusError(
                    f"HTTP 304 Not Modified from {current} to a request that was not conditional "
                    "(nothing cached to reuse)",
                    input=url,
                    status=304,
                )
            if status == 304:
                return FetchResult(
                    url,
                    current,
                    status,
                    headers,
                    b"",
                    "",
                    "",
                    headers.get("etag", etag),
                    headers.get("last-modified", last_modified),
                    True,
                    _media_type(ctype),
                    tuple(seen),
                )
            if status in _RETRY_STATUS:
                raise _Retryable(f"HTTP {status} from {current}", _retry_after(headers.get("retry-after")))
            if status >= 400:
                raise HttpStatusError(f"HTTP {status} from {current}", input=url, status=status)
            text, encoding = decode_text(body, ctype)
            return FetchResult(
                url,
                current,
                status,
                headers,
                body,
                text,
                encoding,
                headers.get("etag"),
                headers.get("last-modified"),
                False,
                _media_type(ctype),
                tuple(seen),
            )
        raise FetchError(f"too many redirects (more than {c.max_redirects}): {' -> '.join(seen)}", input=url)

    def _request(
        self,
        target: httpx.URL,
        extra: list[tuple[str, str]],
        max_bytes: int,
        *,
        url: str | None = None,
        budget: list[float] | None = None,
    ) -> tuple[int, dict[str, str], bytes, list[str]]:
        """One HTTP exchange; returns (status, headers, decoded body, Set-Cookie values).
        Redirects and errors return no body. ``budget`` holds the deadline shared by the hops
        of one redirect chain (time spent waiting for the host's politeness turn is added to
        it: that is ours, not the server's); without it the exchange gets ``total_timeout``."""
        c = self.config
        name = url or str(target)
        origin = _origin(target)
        host_header = target.netloc.decode("ascii")
        headers = [
            ("Host", host_header),
            ("User-Agent", c.user_agent),
            ("Accept", c.accept),
            ("Accept-Encoding", "gzip, deflate, br"),
            *extra,
        ]
        req_url = httpcore.URL(
            scheme=target.raw_scheme, host=target.raw_host, port=target.port, target=target.raw_path
        )
        timeouts: dict[str, Any] = {
            "connect": c.connect_timeout,
            "read": c.read_timeout,
            "write": c.read_timeout,
            "pool": c.total_timeout,
        }
        gate = self._gate(origin)
        with gate:
            waited = gate.wait_turn(self._interval(origin))
            if budget is None:
                deadline = time.monotonic() + c.total_timeout
            else:
                budget[0] += waited
                deadline = budget[0]
            netguard.set_deadline(deadline)
            try:
                with self._pool.stream(
                    "GET", req_url, headers=headers, extensions={"timeout": timeouts}
                ) as resp:
                    hdrs: dict[str, str] = {}
                    cookies: list[str] = []
                    for k, v in resp.headers:
                        key = k.decode("latin-1").lower()
                        val = v.decode("latin-1")
                        if key == "set-cookie":  # cannot be comma-joined (Expires has commas)
                            cookies.append(val)
                            continue
                        hdrs[key] = f"{hdrs[key]}, {val}" if key in hdrs else val
                    status = resp.status
                    if status in _REDIRECTS or status == 304 or status >= 400:
                        return status, hdrs, b"", cookies
                    declared = hdrs.get("content-length", "").strip()
                    if declared.isdigit() and "content-encoding" not in hdrs and int(declared) > max_bytes:
                        raise TooLargeError(
                            f"body of {declared} bytes exceeds limit of {max_bytes} bytes", input=name
                        )
                    body = read_bounded(resp.iter_stream(), hdrs.get("content-encoding"), max_bytes)
                    return status, hdrs, body, cookies
            except BodyTooLarge as exc:
                raise TooLargeError(f"{exc} (limit {max_bytes}); download stopped", input=name) from None
            except BadEncoding as exc:
                raise FetchError(str(exc), input=name) from None
            except BlockedAddressError as exc:
                raise BlockedAddressError(exc.message, input=name) from None
            except netguard.ResolveError as exc:
                raise FetchError(f"could not be reached: {exc}; {_REACH_HINT}", input=name) from None
            except httpcore.ConnectTimeout as exc:
                why = _unreachable_reason(exc, target, c.connect_timeout)
                raise _Retryable(
                    f"network error fetching {target}: {why}", unreachable=why, timeout=True
                ) from None
            except httpcore.TimeoutException as exc:
                if time.monotonic() >= deadline - 0.05:
                    # Not retried: a server still sending when the deadline passes (trickling)
                    # would do it again, and each attempt holds a slot for total_timeout.
                    raise FetchTimeoutError(
                        f"total timeout of {c.total_timeout:g}s exceeded fetching {target}", input=name
                    ) from None
                raise _Retryable(
                    f"timeout fetching {target} ({exc or type(exc).__name__})", timeout=True
                ) from None
            except httpcore.ConnectError as exc:
                why = _unreachable_reason(exc, target, c.connect_timeout)
                raise _Retryable(f"network error fetching {target}: {why}", unreachable=why) from None
            except httpcore.RemoteProtocolError as exc:
                if _HEADER_OVERFLOW in str(exc):  # h11's limit on the response head: not worth a retry
                    raise TooLargeError(
                        f"response headers from {target} too large (over {_MAX_HEAD // 1024} KB); refused",
                        input=name,
                    ) from None
                raise _Retryable(f"network error fetching {target}: {exc or type(exc).__name__}") from None
            except (httpcore.ReadError, httpcore.WriteError) as exc:
                raise _Retryable(f"network error fetching {target}: {exc or type(exc).__name__}") from None
            except (httpcore.UnsupportedProtocol, httpcore.LocalProtocolError, httpcore.ProxyError) as exc:
                raise FetchError(f"cannot fetch {target}: {exc}", input=name) from None
            finally:
                netguard.set_deadline(None)


def _via(seen: list[str], current: str, message: str) -> str:
    """A guard refusal after redirects names the hop that led there (the URL asked for is
    allowed; the user needs to see where it was sent)."""
    return f"redirected to {current}; {message}" if seen else message


def _cookie_header(jar: dict[str, dict[str, str]], url: str) -> str:
    host = host_of(url)
    return "; ".join(f"{k}={v}" for k, v in sorted(jar.get(host, {}).items()))


def _remember_cookies(jar: dict[str, dict[str, str]], url: str, set_cookies: list[str]) -> None:
    for raw in set_cookies:
        pair = raw.split(";", 1)[0]
        name, sep, value = pair.partition("=")
        if sep and name.strip():
            jar.setdefault(host_of(url), {})[name.strip()] = value.strip()


def fetch_many(
    fetcher: Fetcher, urls: Iterable[str], *, workers: int | None = None
) -> Iterator[tuple[str, FetchResult | FetchError]]:
    """Module-level form of :meth:`Fetcher.fetch_many`."""
    return fetcher.fetch_many(urls, max_workers=workers)


def _skipped(url: str, key: str, first: str) -> FetchTimeoutError:
    return FetchTimeoutError(
        f"not fetched: {key} timed out on {first} in the same batch; to be tried again later", input=url
    )


def _origin_key(url: str) -> str:
    """``scheme://host:port`` of a URL as given (what the per-host gate is keyed by)."""
    try:
        parts = urlsplit(url)
    except (TypeError, ValueError):
        return ""
    return f"{parts.scheme}://{parts.netloc}".lower()


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()
