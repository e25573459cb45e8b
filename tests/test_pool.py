"""Forked helpers: results in order, helpers that die or raise, stopping early."""

import os
import signal
import threading

import pytest

from convert import _pool

pytestmark = pytest.mark.skipif(not _pool.available(), reason="helpers are forked processes")


def chunks_of(items, size):
    return iter([items[start:start + size] for start in range(0, len(items), size)])


def doubled(chunk, offset=0):
    return [(os.getpid(), item * 2 + offset) for item in chunk]


def failed(item, reason, pid):
    return ("failed", item, reason)


def run(function, items, jobs, *args, size=3):
    return list(_pool.in_order(function, chunks_of(items, size), jobs, args, failed=failed, start=lambda: None))


@pytest.mark.parametrize("jobs", [2, 3])
def test_results_come_in_input_order_from_every_process(jobs):
    results = run(doubled, list(range(300)), jobs, 1)
    assert [value for _, value in results] == [item * 2 + 1 for item in range(300)]
    assert os.getpid() in {pid for pid, _ in results}  # the parent works too
    assert len({pid for pid, _ in results}) == jobs


def test_the_items_of_a_helper_that_dies_fail_and_the_rest_go_on():
    parent = os.getpid()

    def dies_at_once(chunk):
        if os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        return list(chunk)

    # The helper is sent its first chunks before the parent starts on one of its own.
    results = run(dies_at_once, list(range(40)), 2, size=2)
    lost = 2 * _pool.QUEUED
    assert results[:lost] == [("failed", item, results[0][2]) for item in range(lost)]
    assert "helper process converting it was killed by signal 9" in results[0][2]
    assert results[lost:] == list(range(lost, 40))


def test_an_exception_in_a_helper_is_raised_in_the_parent():
    parent = os.getpid()

    def raises_in_helper(chunk):
        if os.getpid() != parent:
            raise ValueError(f"no good: {chunk}")
        return list(chunk)

    with pytest.raises(ValueError, match="no good"):
        run(raises_in_helper, list(range(30)), 2)


def test_stopping_early_ends_every_helper():
    results = _pool.in_order(doubled, chunks_of(list(range(3000)), 5), 3, (), failed=failed, start=lambda: None)
    seen = {pid for pid, _ in (next(results) for _ in range(200))}
    results.close()
    helpers = seen - {os.getpid()}
    assert helpers
    for pid in helpers:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # already waited for: no zombie left behind


def test_no_forking_while_other_threads_run():
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not _pool.available()
    finally:
        stop.set()
        thread.join()
    assert _pool.available()


def test_helpers_that_cannot_be_started_leave_the_work_to_the_others(monkeypatch):
    forks = []
    real_fork = os.fork

    def fork_once():
        if forks:
            raise BlockingIOError(11, "Resource temporarily unavailable")
        forks.append(True)
        return real_fork()

    monkeypatch.setattr(os, "fork", fork_once)
    results = run(doubled, list(range(100)), 4)
    assert [value for _, value in results] == [item * 2 for item in range(100)]
    assert len({pid for pid, _ in results}) == 2  # the parent and the one helper that started
