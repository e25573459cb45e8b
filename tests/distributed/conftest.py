"""Real Dask clusters on this machine for the tests of the dask engine: started once, stopped at the end."""

import logging

import pytest


def start(processes: bool, workers: int, threads: int):
    distributed = pytest.importorskip("distributed", reason="the dask engine needs the dask extra")
    cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=threads, processes=processes,
                                       dashboard_address=":0", silence_logs=logging.ERROR)
    return cluster, distributed.Client(cluster)


@pytest.fixture(scope="session")
def client():
    """A scheduler and two worker processes of one thread each."""
    cluster, client = start(processes=True, workers=2, threads=1)
    yield client
    client.close()
    cluster.close()


@pytest.fixture(scope="session")
def threads_client():
    """Workers in this process, which share its ``memory://`` store (worker processes each have their own)."""
    cluster, client = start(processes=False, workers=1, threads=2)
    yield client
    client.close()
    cluster.close()
