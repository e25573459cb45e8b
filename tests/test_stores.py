"""Stores: paths and URLs, reading with a size limit, writing whole objects, searching one listing at a time."""


import pytest

from convert import inputs, stores
from convert.errors import NewsconvError

fsspec = pytest.importorskip("fsspec", reason="stores other than the local disk need the dask extra")



def test_urls_and_local_paths_are_told_apart():
    assert stores.is_url("s3://bucket/captures/") and stores.is_url("memory://x")
    assert not stores.is_url("captures/a.txt") and not stores.is_url("C:\\captures\\a.txt")
    assert stores.local_path("file:///srv/captures") == "/srv/captures"
    assert stores.local_path("captures") == "captures"
    assert stores.local_path("s3://bucket/x") is None
    assert stores.store_for("file:///srv/x") is stores.LOCAL
    assert stores.store_for("S3://bucket/x", {"anon": True}) == stores.Remote("s3", {"anon": True})


def test_a_store_reads_up_to_its_limit_and_writes_whole_objects(memory):
    store = stores.store_for(memory)
    store.write(f"{memory}/out/a.json", b"{}")
    assert store.exists(f"{memory}/out/a.json") and not store.exists(f"{memory}/out/b.json")
    assert store.read(f"{memory}/out/a.json", 10) == b"{}"
    with pytest.raises(NewsconvError, match="2 bytes, over the limit of 1"):
        store.read(f"{memory}/out/a.json", 1)
    with pytest.raises(NewsconvError, match=r"cannot read.*missing\.txt"):
        store.read(f"{memory}/missing.txt", 10)


def test_a_store_is_searched_in_the_order_of_the_local_search(tmp_path, memory):
    names = ["b.txt", "a/z.txt", "a.txt", "a/b/c.txt", "A.txt", "c/d.txt", "a.b/e.txt"]
    fs = fsspec.filesystem("memory")
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
        fs.pipe_file(f"{memory}/{name}", b"x")
    local = [task.source[len(str(tmp_path)) + 1:] for task in inputs.Plan([str(tmp_path)], None, ("*",))]
    found = ["/".join(parts + (name,)) for parts, name in stores.walk(stores.store_for(memory), memory)]
    assert found == local
