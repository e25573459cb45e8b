"""Converting on a Dask cluster, inputs and outputs on the local disk or on any store fsspec reaches
(``s3://``, ``gs://``, ``file://``, ``memory://``…). Needs the ``dask`` extra.

The same readers and writers as the local engine, the same output names and bytes, the same
outcomes; the workers read the inputs and write the outputs themselves, so the store (or a shared
disk) must be reachable from every worker. From Python::

    from distributed import Client
    from convert import distributed

    with Client("tcp://scheduler:8786") as client:
        failures = distributed.convert_many(["s3://archive/captures/"], ["newsml", "jats"],
                                            "s3://archive/converted/", client=client, keep=False)

Without ``client``, a cluster of worker processes is started on this machine for the call.
"""

from __future__ import annotations

import contextlib
import logging
import os
from typing import Any, Callable, Iterator, Mapping, Optional, Sequence

from ..batch import PLAIN, Choices, Outcome, clashes
from ..errors import NewsconvError
from ..fileio import remove_stale_temporaries
from ..inputs import DEFAULT_PATTERNS
from ..readers import DEFAULT_MAX_BYTES
from ..stores import EXTRA
from .plan import Tasks
from .run import each, run

__all__ = ["Tasks", "cluster", "convert_many", "convert_tasks", "remove_leftovers", "require"]


def require() -> None:
    """Raise a :class:`NewsconvError` naming the extra to install when Dask or fsspec is missing."""
    try:
        import distributed  # noqa: F401
        import fsspec  # noqa: F401
    except ImportError as err:
        raise NewsconvError(f"the dask engine needs {err.name}: pip install '{EXTRA}'") from None


@contextlib.contextmanager
def cluster(scheduler: Optional[str] = None, workers: int = 1) -> Iterator[Any]:
    """A client of the cluster at ``scheduler`` (``tcp://host:8786``); without one, of a cluster of
    ``workers`` processes (one thread each) started on this machine, stopped at the end."""
    require()
    from distributed import Client, LocalCluster

    if scheduler is not None:
        try:
            client = Client(scheduler, timeout="30s")
        except (OSError, TimeoutError, ValueError) as err:
            raise NewsconvError(f"cannot reach the Dask scheduler at {scheduler}: {err}") from None
        with client:
            yield client
        return
    # No dashboard (it needs bokeh and a free port) and no log lines: the caller says what matters.
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=logging.ERROR) as local, Client(local) as client:
        yield client


def convert_tasks(client: Any, tasks: Tasks, formats: Sequence[str], *, skip_existing: bool = False,
                  max_bytes: int = DEFAULT_MAX_BYTES, choices: Choices = PLAIN,
                  on_outcome: Optional[Callable[[Outcome], None]] = None, keep: bool = True) -> list[Outcome]:
    """Convert every task of ``tasks`` on ``client``'s cluster; outcomes in input order, as
    :func:`convert.batch.convert_many` gives them (``keep=False``: only the failures are returned)."""
    try:
        return each(run(client, _cleaning(tasks), formats, skip_existing=skip_existing, max_bytes=max_bytes,
                        choices=choices, storage_options=tasks.options), on_outcome, keep)
    finally:
        remove_leftovers(tasks)


def remove_leftovers(tasks: Tasks) -> None:
    """Remove the temporary files that workers killed while writing (by a fault, or by stopping the
    cluster) left in the local output folders of ``tasks``; those of running processes are left alone."""
    for folder in tasks.output_folders:
        remove_stale_temporaries(folder)


def _cleaning(tasks: Tasks) -> Iterator[Any]:
    """``tasks``, each local output folder cleared first of what an earlier run killed outright left there."""
    cleaned = 0
    for task in tasks:
        if len(tasks.output_folders) > cleaned:
            cleaned = len(tasks.output_folders)
            remove_stale_temporaries(os.path.dirname(task.target))
        yield task


def convert_many(inputs: Sequence[str], formats: Sequence[str], out: str, *, client: Any = None,
                 patterns: Sequence[str] = DEFAULT_PATTERNS, skip_existing: bool = False,
                 max_bytes: int = DEFAULT_MAX_BYTES, choices: Choices = PLAIN,
                 storage_options: Optional[Mapping[str, Any]] = None,
                 on_outcome: Optional[Callable[[Outcome], None]] = None, keep: bool = True) -> list[Outcome]:
    """Convert ``inputs`` (files, folders or archives; paths or URLs) to every format of ``formats`` in
    the folder ``out`` (a path or a URL), on ``client``'s cluster, or on one started on this machine
    with a worker per processor. Returns every outcome in input order (``keep=False``: only the
    failures), then the inputs refused because another one took their output name.
    ``storage_options`` go to fsspec for every URL (credentials, endpoint)."""
    require()
    tasks = Tasks(inputs, out, patterns, storage_options)
    with contextlib.ExitStack() as stack:
        stack.callback(remove_leftovers, tasks)  # last: once a cluster started here has stopped
        if client is None:
            client = stack.enter_context(cluster(workers=len(os.sched_getaffinity(0))
                                                 if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1))
        outcomes = convert_tasks(client, tasks, formats, skip_existing=skip_existing, max_bytes=max_bytes,
                                 choices=choices, on_outcome=on_outcome, keep=keep)
    refused = clashes(tasks)  # type: ignore[arg-type]
    if on_outcome is not None:
        for outcome in refused:
            on_outcome(outcome)
    return outcomes + refused
