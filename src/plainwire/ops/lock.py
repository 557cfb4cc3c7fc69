"""One main job per home: two schedulers on one store would cluster the same articles twice."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from plainwire.errors import PlainwireError


class AlreadyRunningError(PlainwireError):
    code = "already_running"


@contextmanager
def run_lock(home: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``home/plainwire.lock`` while the main job runs.

    The kernel drops the lock when the process ends, however it ends (even ``kill -9``),
    so a stale lock file never blocks a restart."""
    home.mkdir(parents=True, exist_ok=True)
    path = home / "plainwire.lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            other = os.pread(fd, 32, 0).decode(errors="replace").strip()
            raise AlreadyRunningError(
                f"another plainwire run is using this home (pid {other or '?'})", input=str(home)
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)  # releases the lock
