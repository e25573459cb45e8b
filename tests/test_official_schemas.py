"""`newsconv schemas install`: the official schemas downloaded, checked against pinned
SHA-256 values, installed all or nothing into the data folder, and used by validate without --schemas.
Everything is served from 127.0.0.1: the tests need no network."""

import functools
import hashlib
import http.server
import json
import os
import subprocess
import sys
import threading

import pytest

import convert
from convert import official_schemas
from convert.official_schemas import InstallError, Pinned, install
from tests.documents import document
from tests.paths import REPO, SHARED


@pytest.fixture
def serve():
    """``serve(folder)`` -> the URL of an HTTP server on 127.0.0.1 giving that folder's files."""
    servers = []

    def start(folder):
        handler = functools.partial(_QuietHandler, directory=str(folder))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def synthetic_mirror(folder):
    """A small mirror laid out as the real one, and the pins of its files (the seam tests use)."""
    files = {"newsml-g2/schema.xsd": b"<xs:schema/>\n", "jats/archive.dtd": b"<!-- dtd -->\n",
             "jats/iso8879/isobox.ent": b"<!-- entities -->\n"}
    pins = []
    for path, data in files.items():
        target = folder.joinpath(*path.split("/"))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        pins.append(Pinned(path, len(data), hashlib.sha256(data).hexdigest()))
    return pins


def leftovers(parent):
    return sorted(p.name for p in parent.iterdir() if p.name.startswith("."))


def test_a_mirror_url_is_installed_and_every_file_checked(tmp_path, serve):
    pins = synthetic_mirror(tmp_path / "mirror")
    target = tmp_path / "data" / "schemas"
    install(target, mirror=serve(tmp_path / "mirror"), files=pins)
    assert (target / "jats" / "iso8879" / "isobox.ent").read_bytes() == b"<!-- entities -->\n"
    assert (target / official_schemas.MARKER).is_file() and leftovers(target.parent) == []


@pytest.mark.parametrize("how", ["changed", "larger", "missing"])
def test_a_tampered_file_is_refused_and_nothing_is_half_installed(tmp_path, serve, how):
    pins = synthetic_mirror(tmp_path / "mirror")
    tampered = tmp_path / "mirror" / "jats" / "iso8879" / "isobox.ent"
    if how == "changed":
        tampered.write_bytes(b"<!-- entitiez -->\n")  # same size, other bytes
    elif how == "larger":
        tampered.write_bytes(b"<!-- entities -->\n" * 1000)
    else:
        tampered.unlink()
    target = tmp_path / "data" / "schemas"
    with pytest.raises(InstallError) as raised:
        install(target, mirror=serve(tmp_path / "mirror"), files=pins)
    message = str(raised.value)
    assert message.startswith("jats/iso8879/isobox.ent: ") and "nothing installed" in message
    assert {"changed": "SHA-256", "larger": "where the published file has", "missing": "404"}[how] in message
    assert not target.exists() and leftovers(target.parent) == []


def test_a_failed_update_leaves_the_earlier_installation_as_it_was(tmp_path, serve):
    pins = synthetic_mirror(tmp_path / "mirror")
    target = tmp_path / "schemas"
    install(target, mirror=str(tmp_path / "mirror"), files=pins)  # a folder mirror
    before = sorted((p.relative_to(target), p.read_bytes()) for p in target.rglob("*") if p.is_file())
    (tmp_path / "mirror" / "newsml-g2" / "schema.xsd").write_bytes(b"<xs:schemx/>\n")
    with pytest.raises(InstallError, match="SHA-256"):
        install(target, mirror=serve(tmp_path / "mirror"), files=pins)
    assert sorted((p.relative_to(target), p.read_bytes()) for p in target.rglob("*") if p.is_file()) == before
    assert leftovers(tmp_path) == []


def test_a_folder_that_is_not_an_installation_is_never_replaced(tmp_path):
    pins = synthetic_mirror(tmp_path / "mirror")
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "thesis.tex").write_text("keep")
    with pytest.raises(InstallError, match="is not a folder of schemas newsconv installed"):
        install(tmp_path / "mine", mirror=str(tmp_path / "mirror"), files=pins)
    assert (tmp_path / "mine" / "thesis.tex").read_text() == "keep"


def test_the_data_folder_follows_xdg_data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    if os.name == "posix" and sys.platform != "darwin":
        assert official_schemas.data_folder() == tmp_path / "newsconv" / "schemas"
    assert official_schemas.installed() is None


def test_the_pins_cover_what_validate_loads():
    paths = {pin.path for pin in official_schemas.PINNED}
    assert {"newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd", "newsml-g2/xml.xsd",
            "jats/JATS-archivearticle1-3-mathml3.dtd"} <= paths
    assert all(pin.publisher_url().startswith("https://") for pin in official_schemas.PINNED)
    assert all(len(pin.sha256) == 64 and pin.size > 0 for pin in official_schemas.PINNED)


def newsconv(*args, env):
    return subprocess.run([sys.executable, "-m", "convert", *map(str, args)], capture_output=True, text=True,
                          cwd=REPO, env=dict(os.environ, PYTHONPATH=str(REPO), **env), timeout=300)


def test_install_from_a_local_server_then_validate_uses_the_schemas_without_being_told(tmp_path, serve):
    standards = SHARED / "standards"
    if not standards.is_dir():
        pytest.skip("needs ../shared/standards, the publishers' files, to serve as a mirror")
    env = {"XDG_DATA_HOME": str(tmp_path / "data")}
    written = tmp_path / "story.newsml.xml"
    written.write_bytes(convert.write(document(), "newsml"))
    (tmp_path / "story.jats.xml").write_bytes(convert.write(document(), "jats"))
    before = newsconv("validate", written, tmp_path / "story.jats.xml", env=env)
    assert "no official schemas installed" in before.stderr

    installed = newsconv("schemas", "install", "--from", serve(standards), env=env)
    assert installed.returncode == 0, installed.stderr
    assert f"installed the official schemas in {tmp_path / 'data' / 'newsconv' / 'schemas'}" in installed.stderr

    after = newsconv("validate", "--strict", "--format", "json", written, tmp_path / "story.jats.xml", env=env)
    assert after.returncode == 0, after.stdout + after.stderr
    files = json.loads(after.stdout)["files"]
    assert "newsml-xsd" in files[0]["checks"] and "jats-dtd" in files[1]["checks"]
    assert all(f["skipped"] == [] for f in files)


def test_install_refuses_a_tampered_official_file_with_a_clear_error(tmp_path, serve):
    standards = SHARED / "standards"
    if not standards.is_dir():
        pytest.skip("needs ../shared/standards, the publishers' files, to serve as a mirror")
    mirror = tmp_path / "mirror"
    for pin in official_schemas.PINNED:
        source = standards.joinpath(*pin.path.split("/"))
        target = mirror.joinpath(*pin.path.split("/"))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(source.read_bytes())
    xsd = mirror / "newsml-g2" / "NewsML-G2_2.35-spec-All-Power.xsd"
    xsd.write_bytes(xsd.read_bytes().replace(b"maxOccurs=\"unbounded\"", b"maxOccurs=\"1000000000\"", 1)[:xsd.stat().st_size])
    env = {"XDG_DATA_HOME": str(tmp_path / "data")}
    result = newsconv("schemas", "install", "--from", serve(mirror), env=env)
    assert result.returncode == 1
    assert "newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd: SHA-256" in result.stderr and "refused" in result.stderr
    assert "Traceback" not in result.stderr
    data = tmp_path / "data" / "newsconv"
    assert not (data / "schemas").exists() and (not data.exists() or leftovers(data) == [])
