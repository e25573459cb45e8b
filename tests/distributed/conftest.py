"""Real Dask clusters on this machine for the tests of the dask engine: started once for a test module and
stopped after it, so that no thread of theirs outlives the module (other tests change sys.path)."""

import logging
import sys

import pytest


def start(processes: bool, workers: int, threads: int):
    distributed = pytest.importorskip("distributed", reason="the dask engine needs the dask extra")
    cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=threads, processes=processes,
                                       dashboard_address=":0", silence_logs=logging.ERROR)
    return cluster, distributed.Client(cluster)


@pytest.fixture(scope="module")
def client():
    """A scheduler and two worker processes of one thread each."""
    cluster, client = start(processes=True, workers=2, threads=1)
    yield client
    client.close()
    cluster.close()


@pytest.fixture(scope="module")
def threads_client():
    """Workers in this process, which share its ``memory://`` store (worker processes each have their own)."""
    cluster, client = start(processes=False, workers=1, threads=2)
    yield client
    client.close()
    cluster.close()


@pytest.fixture(scope="package", autouse=True)
def no_thread_left():
    """After the last test here, end the thread Dask keeps for work off its event loop: a process running
    threads does not fork (convert._pool), and the tests that follow fork."""
    yield
    utils = sys.modules.get("distributed.utils")
    executor = getattr(utils, "_offload_executor", None)
    if executor is not None:
        executor.shutdown(wait=True)
