"""Running on a cluster: a worker killed mid-run loses nothing, stopping early cancels the cluster's work."""

import os
import signal
import time

import pytest

pytest.importorskip("distributed", reason="the dask engine needs the dask extra")

from convert import distributed  # noqa: E402
from convert.distributed.run import run  # noqa: E402
from tests.distributed.conftest import start  # noqa: E402
from tests.distributed.helpers import captures, local_run, tree  # noqa: E402

FORMATS = ("json", "md", "newsml")


def test_a_worker_killed_mid_run_has_its_tasks_run_again_elsewhere(tmp_path):
    source = captures(tmp_path / "in", 240)
    local_run(source, tmp_path / "local", FORMATS)
    cluster, client = start(processes=True, workers=2, threads=1)
    killed = []
    seen = []

    def kill_one_busy_worker(outcome):
        seen.append(outcome)
        if killed or len(seen) < 10:
            return
        busy = [address for address, keys in client.processing().items() if keys]
        pid = client.run(os.getpid, workers=busy[:1])[busy[0]]
        os.kill(pid, signal.SIGKILL)
        killed.append(pid)

    try:
        outcomes = distributed.convert_many([str(source)], FORMATS, str(tmp_path / "dask"), client=client,
                                            on_outcome=kill_one_busy_worker)
        pids = set(client.run(os.getpid).values())
    finally:
        client.close()
        cluster.close()
    assert killed and killed[0] not in pids
    assert [o.status for o in outcomes] == ["converted"] * 240
    # every output present once, byte for byte the local engine's, and no temporary file left
    assert tree(tmp_path / "dask") == tree(tmp_path / "local")


def test_stopping_early_cancels_the_work_queued_on_the_cluster(client, tmp_path):
    source = captures(tmp_path / "in", 200)
    local_run(source, tmp_path / "local", ("json",))
    local = tree(tmp_path / "local")
    outcomes = run(client, distributed.Tasks([str(source)], str(tmp_path / "dask")), ("json",))
    next(outcomes)
    outcomes.close()
    deadline = time.monotonic() + 30
    while client.run_on_scheduler(lambda dask_scheduler: len(dask_scheduler.tasks)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert client.run_on_scheduler(lambda dask_scheduler: len(dask_scheduler.tasks)) == 0
    written = tree(tmp_path / "dask")
    assert 0 < len(written) < len(local)
    assert all(local[name] == data for name, data in written.items())  # complete, or absent


def test_outcomes_come_in_input_order_whatever_order_the_chunks_finish_in(client, tmp_path):
    source = captures(tmp_path / "in", 120, first_size=2_000_000)  # the first chunk finishes last
    finished = []
    outcomes = []
    for outcome in run(client, distributed.Tasks([str(source)], str(tmp_path / "dask")), ("json",)):
        outcomes.append(outcome)
        finished.append(os.stat(outcome.outputs[0]).st_mtime_ns)
    assert [o.input for o in outcomes] == [str(path) for path in sorted(source.iterdir())]
    assert finished[0] > min(finished[1:])
