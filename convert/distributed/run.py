"""Running a batch's tasks on a Dask cluster: chunks of tasks go out a few at a time, small outcomes
come back, and the workers write the outputs to the store themselves.

Only a bounded number of chunks is ever submitted and not yet handed over, so the client's memory
does not grow with the number of inputs; outcomes are handed over in input order (a chunk finished
early waits, within that bound, for those before it), as the local engine gives them.
"""

from __future__ import annotations

import uuid
from typing import Any, Callable, Iterable, Iterator, Mapping, Optional, Sequence

from ..batch import PLAIN, Choices, Outcome, _chunks, check_choices, convert_one
from ..inputs import Task
from ..readers import DEFAULT_MAX_BYTES
from ..stores import store_for
from .. import warc

# Chunks in flight for each thread of the cluster: enough that none waits for work while the client
# reads an outcome, few enough that a slow chunk holds back little (outcomes leave in input order).
AHEAD = 4
# Tasks in a chunk at the most. A worker's event loop, which receives chunks and sends outcomes, waits for
# the interpreter while a chunk runs: the fewer the chunks, the less the conversion waits for messages.
CHUNK = 128


def convert_chunk(tasks: Sequence[Task], formats: tuple[str, ...], skip_existing: bool, max_bytes: int,
                  choices: Choices, options: Mapping[str, Any]) -> list[Outcome]:
    """What a worker runs: every task of the chunk, each input read from its store and each output
    written to its store. Running it twice (a worker died and the scheduler ran it elsewhere) writes
    the same bytes again, each output whole."""
    outcomes = []
    for task in tasks:
        source = task.source.partition(warc.MARK)[0]
        outcomes.append(convert_one(task, formats, skip_existing=skip_existing, max_bytes=max_bytes, choices=choices,
                                    store=store_for(source, options),
                                    out_store=store_for(task.target or source, options)))
    return outcomes


def run(client: Any, tasks: Iterable[Task], formats: Sequence[str], *, skip_existing: bool = False,
        max_bytes: int = DEFAULT_MAX_BYTES, choices: Choices = PLAIN,
        storage_options: Optional[Mapping[str, Any]] = None) -> Iterator[Outcome]:
    """The outcome of every task, in input order, converted by ``client``'s cluster.

    Closing the iterator early (Ctrl-C in the caller) cancels the work still queued on the cluster;
    a chunk a worker is in the middle of finishes its outputs whole or leaves them absent."""
    from distributed import as_completed

    check_choices(formats, choices)
    threads = max(1, sum(client.nthreads().values()))
    args = (tuple(formats), skip_existing, max_bytes, choices, dict(storage_options or {}))
    run_id = uuid.uuid4().hex[:12]
    chunks = enumerate(_chunks(tasks, threads, CHUNK))
    waiting: dict[int, tuple[list[Task], Any]] = {}  # submitted, not yet handed over: chunk, future
    index_of: dict[str, int] = {}
    finished: dict[int, list[Outcome]] = {}
    queue = as_completed()
    turn = 0  # the chunk whose outcomes come next
    done = False
    try:
        while True:
            while len(waiting) < AHEAD * threads:
                item = next(chunks, None)
                if item is None:
                    break
                index, chunk = item
                future = client.submit(convert_chunk, chunk, *args, key=f"newsconv-{run_id}-{index}", pure=False)
                waiting[index] = (chunk, future)
                index_of[future.key] = index
                queue.add(future)
            if not waiting:
                done = True
                return
            future = next(queue)
            index = index_of.pop(future.key)
            finished[index] = _outcomes(waiting[index][0], future)
            while turn in finished:
                del waiting[turn]
                yield from finished.pop(turn)
                turn += 1
    finally:
        if not done:
            client.cancel([future for _, future in waiting.values()], force=True)


def _outcomes(chunk: list[Task], future: Any) -> list[Outcome]:
    """The chunk's outcomes; when the cluster could not run it (a worker died while running it, again
    and again), each of its inputs failed with the reason."""
    try:
        outcomes: list[Outcome] = future.result()
    except Exception as err:
        reason = " ".join(str(err).split())[:300] or type(err).__name__
        outcomes = [Outcome(task.display, "failed", error=f"{task.display}: the cluster could not convert it: "
                                                              f"{reason}") for task in chunk]
    future.release()
    return outcomes


def each(outcomes: Iterable[Outcome], on_outcome: Optional[Callable[[Outcome], None]], keep: bool) -> list[Outcome]:
    """Hand every outcome to ``on_outcome``; keep them all, or with ``keep=False`` only the failures."""
    kept = []
    for outcome in outcomes:
        if keep or outcome.status == "failed":
            kept.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)
    return kept
