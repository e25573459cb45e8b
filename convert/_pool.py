"""Parallel work in forked helper processes, results in input order: the fast path beside
``batch._in_process_pool`` (``concurrent.futures``), its plain reference.

``--jobs N`` runs N - 1 helpers and works in the parent too: between two chunks of its own
the parent hands chunks to the helpers and reads their results through pipes. What it keeps
over the process pool: ``concurrent.futures`` is not imported, no thread in the parent competes
with the helpers for the cores, and a helper that dies fails only the inputs it had (a broken
process pool fails the whole batch). Where forking is unavailable or unsafe, :func:`available`
says so and the caller uses the process pool. bench/README.md gives what each costs.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import sys
import threading
from collections import deque
from typing import Any, Callable, Iterator, Optional, Sequence

QUEUED = 3  # chunks at each helper: with two it idled ~5 % of the time, waiting for the parent
AHEAD = 4  # chunks per process the parent may finish before their turn to be handed over comes


def available() -> bool:
    """Whether helpers can be forked: not on Windows (no fork), not on macOS (system libraries
    are not safe to use after fork), not from a program running threads (locks held by
    another thread would stay locked in the copy)."""
    return hasattr(os, "fork") and sys.platform != "darwin" and threading.active_count() == 1


class _Helper:
    __slots__ = ("pid", "requests", "replies", "queue")

    def __init__(self, pid: int, requests: int, replies: int) -> None:
        self.pid, self.requests, self.replies = pid, requests, replies
        self.queue: deque[tuple[int, Sequence[Any]]] = deque()  # chunks sent and not answered


def in_order(function: Callable[..., list[Any]], chunks: Iterator[Sequence[Any]], jobs: int, args: tuple,
             failed: Callable[[Any, str, int], Any], start: Callable[[], None]) -> Iterator[Any]:
    """``function(chunk, *args)`` for every chunk, in ``jobs`` processes, every result in order.

    ``start`` runs in each helper first (signal handling). If a helper dies, the items of the
    chunks it had are reported through ``failed(item, reason, pid)`` (``pid``: the helper's, for
    cleaning up after it) and the others go on. An
    exception raised by ``function`` in a helper is raised here. Ctrl-C, SIGTERM or the caller
    closing the iterator stops the helpers with SIGTERM, which unwinds their work, so every file
    they were writing is either complete or absent.
    """
    helpers: list[_Helper] = []
    finished = False
    try:
        for _ in range(jobs - 1):
            try:
                helpers.append(_fork(function, args, start, helpers))
            except OSError:  # out of processes or memory: fewer helpers, the parent works anyway
                break
        yield from _Schedule(function, args, chunks, helpers, failed).results()
        finished = True
    finally:
        _stop(helpers, finished)


def _fork(function: Callable[..., list[Any]], args: tuple, start: Callable[[], None],
          others: Sequence[_Helper]) -> _Helper:
    requests_read, requests = os.pipe()
    replies, replies_write = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        pid = os.fork()
    except OSError:
        for fd in (requests_read, requests, replies, replies_write):
            os.close(fd)
        raise
    if pid == 0:
        try:
            os.close(requests)
            os.close(replies)
            for other in others:  # or an earlier helper would never see its requests end
                os.close(other.requests)
                os.close(other.replies)
            start()
            _serve(function, args, requests_read, replies_write)
        finally:
            os._exit(0)  # never back into the parent's code
    os.close(requests_read)
    os.close(replies_write)
    return _Helper(pid, requests, replies)


def _serve(function: Callable[..., list[Any]], args: tuple, requests: int, replies: int) -> None:
    while True:
        try:
            chunk = _receive(requests)
        except EOFError:
            return
        try:
            reply: tuple[bool, Any] = (True, function(chunk, *args))
        except Exception as err:  # raised in the parent, as a process pool does
            reply = (False, err)
        try:
            message = pickle.dumps(reply, pickle.HIGHEST_PROTOCOL)
        except Exception as err:  # an exception that cannot be pickled
            message = pickle.dumps((False, RuntimeError(f"{type(err).__name__}: {err}")))
        _send(replies, message)


class _Schedule:
    """Who does which chunk: each helper always has QUEUED chunks waiting, the parent takes the
    next one itself, and results are handed over in input order."""

    def __init__(self, function: Callable[..., list[Any]], args: tuple, chunks: Iterator[Sequence[Any]],
                 helpers: list[_Helper], failed: Callable[[Any, str, int], Any]) -> None:
        self.function, self.args, self.chunks, self.helpers, self.failed = function, args, chunks, helpers, failed
        self.done: dict[int, list[Any]] = {}  # results of chunks finished before their turn
        self.handed_out = 0  # chunks taken from ``chunks``
        self.exhausted = False
        self.limit = AHEAD * (len(helpers) + 1)

    def results(self) -> Iterator[Any]:
        turn = 0  # the chunk whose results come next
        while True:
            self._collect(wait=False)  # first: a chunk answered frees its place in the helper's queue
            self._supply()
            while turn in self.done:
                yield from self.done.pop(turn)
                turn += 1
            if len(self.done) < self.limit and self._work():
                continue
            if any(helper.queue for helper in self.helpers):
                self._collect(wait=True)
            elif self.exhausted:
                assert not self.done, "every chunk is handed over before the end"
                return

    def _next(self) -> Optional[Sequence[Any]]:
        chunk = None if self.exhausted else next(self.chunks, None)
        self.exhausted = chunk is None
        return chunk

    def _work(self, chunk: Optional[Sequence[Any]] = None) -> bool:
        """Do the next chunk (or ``chunk``) in this process; False when there is none."""
        chunk = chunk or self._next()
        if chunk is None:
            return False
        self.done[self.handed_out] = self.function(chunk, *self.args)
        self.handed_out += 1
        return True

    def _supply(self) -> None:
        for helper in list(self.helpers):
            while len(helper.queue) < QUEUED:
                chunk = self._next()
                if chunk is None:
                    return
                try:
                    _send(helper.requests, pickle.dumps(chunk, pickle.HIGHEST_PROTOCOL))
                except BrokenPipeError:  # the helper is gone: this chunk is done here, its own are lost
                    self._work(chunk)
                    self._lose(helper)
                    break
                helper.queue.append((self.handed_out, chunk))
                self.handed_out += 1

    def _collect(self, wait: bool) -> None:
        """Read the replies that have arrived (with ``wait``, at least one)."""
        busy = [helper.replies for helper in self.helpers if helper.queue]
        if not busy:
            return
        ready, _, _ = select.select(busy, [], [], None if wait else 0)
        for helper in [helper for helper in self.helpers if helper.replies in ready]:
            try:
                ok, value = _receive(helper.replies)
            except EOFError:
                self._lose(helper)
                continue
            index, _ = helper.queue.popleft()
            if not ok:
                raise value
            self.done[index] = value

    def _lose(self, helper: _Helper) -> None:
        """A helper ended without answering: what it had fails, and the work goes on without it."""
        reason = _ended(helper)
        self.helpers.remove(helper)
        for index, chunk in helper.queue:
            self.done[index] = [self.failed(item, reason, helper.pid) for item in chunk]


def _ended(helper: _Helper) -> str:
    """Why a helper ended without answering; it is waited for and its pipes closed."""
    os.close(helper.requests)
    os.close(helper.replies)
    _, status = os.waitpid(helper.pid, 0)
    if os.WIFSIGNALED(status):
        how = f"was killed by signal {os.WTERMSIG(status)}"
    else:
        how = f"ended with status {os.waitstatus_to_exitcode(status)}"
    return f"the helper process converting it {how}; convert it on its own to see why"


def _stop(helpers: list[_Helper], finished: bool) -> None:
    """End every helper: when the work is done, by closing its requests; otherwise at once."""
    for helper in helpers:
        if not finished:
            try:
                os.kill(helper.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        os.close(helper.requests)
    for helper in helpers:
        os.close(helper.replies)
        os.waitpid(helper.pid, 0)


def _send(fd: int, message: bytes) -> None:
    view = memoryview(len(message).to_bytes(8, "little") + message)
    while view:
        view = view[os.write(fd, view):]


def _receive(fd: int) -> Any:
    size = int.from_bytes(_read(fd, 8), "little")
    return pickle.loads(_read(fd, size))


def _read(fd: int, size: int) -> bytes:
    parts = []
    while size:
        part = os.read(fd, min(size, 1 << 20))
        if not part:
            raise EOFError
        parts.append(part)
        size -= len(part)
    return b"".join(parts)
