"""The dask engine end to end, on real clusters: the local engine's outputs byte for byte, on the disk and on
stores (memory://, file://, an S3 server on this machine)."""

import asyncio
import logging
import socket
import sys

import pytest

pytest.importorskip("distributed", reason="the dask engine needs the dask extra")
fsspec = pytest.importorskip("fsspec", reason="the dask engine needs the dask extra")

from convert import distributed  # noqa: E402
from convert.errors import NewsconvError  # noqa: E402
from tests.distributed.helpers import FORMATS, copy_samples, local_run, tree  # noqa: E402
from tests.paths import shared_path  # noqa: E402


def as_dicts(outcomes, *folders):
    """Outcomes as the report has them, the output folders' names left out."""
    found = []
    for outcome in outcomes:
        entry = outcome.as_dict()
        for folder in folders:
            entry["outputs"] = [name.replace(str(folder), "OUT") for name in entry["outputs"]]
        found.append(entry)
    return found


def test_outputs_and_outcomes_are_those_of_the_local_engine(client, tmp_path):
    source = copy_samples(tmp_path / "in")
    (source / "empty.txt").write_bytes(b"")  # fails alone, in its own entry
    expected = local_run(source, tmp_path / "local")
    outcomes = distributed.convert_many([str(source)], FORMATS, str(tmp_path / "dask"), client=client)
    assert tree(tmp_path / "dask") == tree(tmp_path / "local")
    assert as_dicts(outcomes, tmp_path / "dask") == as_dicts(expected, tmp_path / "local")
    assert [o.status for o in outcomes].count("failed") == 1
    assert "the capture is empty" in next(o.error for o in outcomes if o.status == "failed")


def test_the_development_corpus_gives_the_local_engine_outputs(client, tmp_path):
    corpus = shared_path("corpus", "dev", "raw")
    local_run(corpus, tmp_path / "local")
    distributed.convert_many([str(corpus)], FORMATS, str(tmp_path / "dask"), client=client)
    assert tree(tmp_path / "dask") == tree(tmp_path / "local")


def test_skip_existing_resumes_where_a_run_stopped(client, tmp_path):
    source = copy_samples(tmp_path / "in")
    out = tmp_path / "out"
    distributed.convert_many([str(source)], ("json", "md"), str(out), client=client)
    (out / "generic-wire.md").unlink()
    outcomes = distributed.convert_many([str(source)], ("json", "md"), str(out), client=client, skip_existing=True)
    assert {o.input for o in outcomes if o.status == "converted"} == {str(source / "generic-wire.txt")}
    assert (out / "generic-wire.md").exists()


def test_file_urls_read_and_write_the_local_disk(client, tmp_path):
    source = copy_samples(tmp_path / "in")
    local_run(source, tmp_path / "local")
    outcomes = distributed.convert_many([f"file://{source}"], FORMATS, f"file://{tmp_path / 'dask'}/",
                                        client=client)
    assert {o.status for o in outcomes} == {"converted"}
    assert tree(tmp_path / "dask") == tree(tmp_path / "local")



def put_samples(fs, root):
    for path in copy_samples.__defaults__[0]:
        fs.pipe_file(f"{root}/{path.name}", path.read_bytes())


def test_inputs_and_outputs_on_a_memory_store(threads_client, tmp_path, memory):
    fs = fsspec.filesystem("memory")
    put_samples(fs, f"{memory}/in")
    local_run(copy_samples(tmp_path / "in"), tmp_path / "local")
    outcomes = distributed.convert_many([f"{memory}/in"], FORMATS, f"{memory}/out", client=threads_client)
    assert {o.status for o in outcomes} == {"converted"}
    assert tree((fs, f"{memory}/out")) == tree(tmp_path / "local")
    assert outcomes[0].outputs[0].startswith(f"{memory}/out/")
    # from a store to the disk, and from the disk to a store
    distributed.convert_many([f"{memory}/in"], FORMATS, str(tmp_path / "back"), client=threads_client)
    assert tree(tmp_path / "back") == tree(tmp_path / "local")
    distributed.convert_many([str(tmp_path / "in")], FORMATS, f"{memory}/again", client=threads_client)
    assert tree((fs, f"{memory}/again")) == tree(tmp_path / "local")


def test_a_web_archive_on_a_store_is_split_into_its_records(threads_client, tmp_path, memory):
    test_warc = pytest.importorskip("tests.test_warc")
    (tmp_path / "in").mkdir()
    path = test_warc.archive(tmp_path / "in" / "crawl.warc.gz")
    fsspec.filesystem("memory").pipe_file(f"{memory}/in/crawl.warc.gz", path.read_bytes())
    expected = local_run(tmp_path / "in", tmp_path / "local", ("json",), ("*.warc.gz",))
    outcomes = distributed.convert_many([f"{memory}/in"], ("json",), f"{memory}/out", client=threads_client,
                                        patterns=("*.warc.gz",))
    assert [o.status for o in outcomes] == [o.status for o in expected] == ["converted", "skipped", "skipped",
                                                                             "converted"]
    assert tree((fsspec.filesystem("memory"), f"{memory}/out")) == tree(tmp_path / "local")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def s3():
    """An S3-compatible server on this machine (moto's), with a bucket; the options that reach it."""
    pytest.importorskip("s3fs", reason="the S3 test needs s3fs")
    server = pytest.importorskip("moto.server", reason="the S3 test needs moto's server (moto[s3], flask, flask-cors)")
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # a line per request otherwise
    port = free_port()
    moto = server.ThreadedMotoServer(ip_address="127.0.0.1", port=port)
    moto.start()
    options = {"key": "test", "secret": "test", "client_kwargs": {"endpoint_url": f"http://127.0.0.1:{port}",
                                                                  "region_name": "us-east-1"}}
    boto3 = pytest.importorskip("boto3", reason="the S3 test needs boto3 (moto's)")
    boto3.client("s3", endpoint_url=f"http://127.0.0.1:{port}", aws_access_key_id="test", aws_secret_access_key="test",
                 region_name="us-east-1").create_bucket(Bucket="captures")
    fs = fsspec.filesystem("s3", **options)
    yield fs, options
    moto.stop()
    stop_fsspec_io(type(fs))


def stop_fsspec_io(filesystem_class):
    """End the thread that runs fsspec's asynchronous stores in this process (and its loop's helpers): a
    process running threads does not fork (convert._pool), and the tests that follow fork. A later use
    starts a new one."""
    from fsspec import asyn

    filesystem_class.clear_instance_cache()  # instances hold the loop
    running, thread = asyn.loop[0], asyn.iothread[0]
    if running is None:
        return
    asyncio.run_coroutine_threadsafe(running.shutdown_default_executor(), running).result(timeout=30)
    running.call_soon_threadsafe(running.stop)
    thread.join(timeout=30)
    running.close()
    asyn.loop[0] = asyn.iothread[0] = None


def test_inputs_and_outputs_on_an_s3_store(client, tmp_path, s3):
    fs, options = s3
    for path in copy_samples.__defaults__[0]:
        fs.pipe_file(f"captures/in/{path.name}", path.read_bytes())
    local_run(copy_samples(tmp_path / "in"), tmp_path / "local")
    outcomes = distributed.convert_many(["s3://captures/in/"], FORMATS, "s3://captures/out", client=client,
                                        storage_options=options)
    assert {o.status for o in outcomes} == {"converted"}
    fs.invalidate_cache()
    assert tree((fs, "s3://captures/out")) == tree(tmp_path / "local")


def test_a_missing_dask_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(NewsconvError, match=r"pip install 'newsconv\[dask\]'"):
        distributed.require()
