"""The official schemas ``validate`` checks NewsML-G2 and JATS files against, installed once per machine.

``newsconv schemas install`` downloads them from their publishers, checks every file against the
size and SHA-256 pinned here, and only then puts the whole set into newsconv's data folder
(``$XDG_DATA_HOME/newsconv/schemas``, by default ``~/.local/share/newsconv/schemas``; on Windows
``%LOCALAPPDATA%\\newsconv\\schemas``), where ``validate`` finds them without ``--schemas``:

* NewsML-G2 2.35 (the All-Power XSD and the ``xml.xsd`` it imports, with IPTC's licence, CC BY 4.0),
  from IPTC's repository at the commit of the 2.35 release;
* the JATS 1.3 Journal Archiving and Interchange DTD with MathML 3 and its modules (public domain),
  from NLM's JATS site, where each module sits at the relative path the DTD names it by.

A mirror (``--from``: a folder or an http(s) URL) holds the same files at the same relative paths as
the installed folder (``newsml-g2/...``, ``jats/...``); its files are checked against the same pins,
so a mirror can make an installation fail but never change it. An installation is all or nothing:
files go to a temporary folder beside the target, which replaces the target only once every file is
there and checked; an earlier installation stays as it was when anything fails.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional, Sequence

# IPTC's repository at the commit that released NewsML-G2 2.35 (raw files, byte for byte as committed).
NEWSML_SOURCE = ("https://raw.githubusercontent.com/iptc/newsml-g2/7f172b01af0c343aacb1e1297ac0e75debabb4a7/"
                 "releases/2.35/")
NEWSML_PATHS = {"newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd": "specification/NewsML-G2_2.35-spec-All-Power.xsd",
                "newsml-g2/xml.xsd": "specification/xml.xsd",
                "newsml-g2/LICENSE": "LICENSE"}
# NLM's JATS site: the DTD and its modules at the paths the DTD's system identifiers give.
JATS_SOURCE = "https://jats.nlm.nih.gov/archiving/1.3/"
MARKER = "installed.json"  # written last: a folder without it is not a finished installation
TIMEOUT_SECONDS = 60


@dataclass(frozen=True)
class Pinned:
    """One file of the installation: its path in the folder, its exact size and SHA-256."""

    path: str
    size: int
    sha256: str

    def publisher_url(self) -> str:
        if self.path in NEWSML_PATHS:
            return NEWSML_SOURCE + NEWSML_PATHS[self.path]
        if self.path.startswith("jats/"):
            return JATS_SOURCE + self.path[len("jats/"):]
        raise ValueError(f"no publisher known for {self.path}")


PINNED: tuple[Pinned, ...] = (
    Pinned("jats/BITS-embedded-index2.ent", 16498, "1dd3f1392bec8acba4c44effa666b8123164b3e23217bc08c4cef0e0fc4c7372"),
    Pinned("jats/BITS-question-answer2.ent", 26770, "0228cbf63812a25c72516223ae896128227245bc739547bffe21c432945f80fe"),
    Pinned("jats/JATS-XHTMLtablesetup1-3.ent", 31246, "99974b465eb6573e792e4c394a46b147c40d93f650389406cb1046eafda2695a"),
    Pinned("jats/JATS-ali-namespace1-3.ent", 15260, "040d9f16ac10df6898d4987aa7ad225e7255141be3ec1f58387e67a7020cf235"),
    Pinned("jats/JATS-archivearticle1-3-mathml3.dtd", 51353, "3a0f284d2b9fe3edcd0825533bfaac0d560be904885fb8969bd339b0fa97fd23"),
    Pinned("jats/JATS-archivecustom-classes1-3.ent", 20885, "36dab7cceb321e9b12bea4a0e208ab373a0b09cd0c86f9f02b31d32cc46fd6a4"),
    Pinned("jats/JATS-archivecustom-mixes1-3.ent", 31272, "b45797a6343a3dc5a8e409af618e4beb9ecb9043747bab1de904540ff1b40034"),
    Pinned("jats/JATS-archivecustom-models1-3.ent", 78956, "1b40cf0e9cdfc8f4525a6ff51135640abf5df2e6b57858bc4a568b8872ff9c69"),
    Pinned("jats/JATS-archivecustom-modules1-3.ent", 20899, "e561e52bb4211b46c55be8d2ade4faba5c0b68781b5542e3b32f19d50b456799"),
    Pinned("jats/JATS-articlemeta1-3.ent", 128551, "822bcf789787e0510930ba877decddc7e2c9692bf0971ec20329f09cf145c924"),
    Pinned("jats/JATS-backmatter1-3.ent", 26909, "ea15e04d4e69f5923d2f93931374f096df0719d8a9c119455c2d2c05148e9094"),
    Pinned("jats/JATS-chars1-3.ent", 35219, "1e173dfb9e267ceae3874a2d62d9ea721acf5ba5a3ddd30a16d4c84969fa7dda"),
    Pinned("jats/JATS-common-atts1-3.ent", 18691, "b5fac3bc904111651d16b20d5ed7d0d05d26a7be580e8313872f43ddb8b0408c"),
    Pinned("jats/JATS-common1-3.ent", 237581, "53ff31a77c7b79f4395e33594f633cb8d5b01ab478fd2c53a26f156d137c009e"),
    Pinned("jats/JATS-default-classes1-3.ent", 75822, "6ee5a01022b1dfcdda4d0523b04033545bad499449d4175ec5970d9a4b48cdff"),
    Pinned("jats/JATS-default-mixes1-3.ent", 32971, "1a7681d702db5137c7a2d9338bca187491559ada59d04d1224354d0d7c919d35"),
    Pinned("jats/JATS-display1-3.ent", 65828, "beb0374e701cc4a69cd7c3c9216cb28230fabfabf2e5fe6d9914cf5b867ea3cf"),
    Pinned("jats/JATS-format1-3.ent", 50729, "7c0f311c59105480dd812662aa51cc590ac02200b9e0bca864376dca8da98285"),
    Pinned("jats/JATS-funding1-3.ent", 56436, "f60f4ecbcd8b12f5345670c702ff0abccafaa0e46acb95e0556583039c8d6df9"),
    Pinned("jats/JATS-journalmeta1-3.ent", 29732, "e68cbf5263bc91c7c0ef3b0bb45cc7a1dae06e8edfd5a063915b063d18f57bb4"),
    Pinned("jats/JATS-link1-3.ent", 30254, "13881d1a5a7cdbcf961542f43575ed504c5e963376f79603655a65b3cb579cc1"),
    Pinned("jats/JATS-list1-3.ent", 32721, "d54cf42f8e73b453dbdf384cffb94a600278ee6cd2bb873910d507dc9d07e5c5"),
    Pinned("jats/JATS-math1-3.ent", 27873, "3b086db2958f6470fc9b5bc97f094f3160cb63aee74487ed1a3e91e177a70d24"),
    Pinned("jats/JATS-mathml3-mathmlsetup1-3.ent", 23901, "28108f810858efae52d98d9bd54ba229ffaa27c5372dbf547f22ee598a0ec3ec"),
    Pinned("jats/JATS-mathml3-modules1-3.ent", 16430, "70192e8592412fd95533ddd6a0363fb71b6505e96933b66ee188f7b9f3e2aaf8"),
    Pinned("jats/JATS-modules1-3.ent", 37192, "f5f0105632ced34c8df15546cfd28c508e6a68884c4e451e84085fb058084d08"),
    Pinned("jats/JATS-nlmcitation1-3.ent", 21564, "bf33b90cd4901e02ae3046855b1f4bdef8278ecde44504eb69bba35e6f931512"),
    Pinned("jats/JATS-notat1-3.ent", 20223, "6128ccf225886713199cd654d8449e129b6d1f83483763efe5b05ca8cea0259f"),
    Pinned("jats/JATS-para1-3.ent", 32349, "ce67d93baeb00c24f42f768479d59f186139f3661770bb6310a2d30836a1b749"),
    Pinned("jats/JATS-phrase1-3.ent", 33583, "b809f01c3e0cfc15982379e59b4c04bcde2df34c513bbeb9cef7598f5eb77b16"),
    Pinned("jats/JATS-references1-3.ent", 73018, "54e40b04f54513e2c1c088d022a36f247b035c3c5616ae7ca9306cdecb902c98"),
    Pinned("jats/JATS-related-object1-3.ent", 21380, "aa25bf7ab7bcfd43d90b934ed97e4645645e878c34303abe262d9fa33eb9fc15"),
    Pinned("jats/JATS-section1-3.ent", 23664, "b9916540d7a4e55d47c24c10d8f833fe188e1f36baa442b769fb8be878c15083"),
    Pinned("jats/JATS-xmlspecchars1-3.ent", 24007, "355fc5fd87588955a4ab576e5702a5506d8081c74e8120a59575100c18e94cb7"),
    Pinned("jats/iso8879/isobox.ent", 3507, "38a6115da128bd0a5303f3f7a1092540142bc629b3f5c01099482f8d6c77520e"),
    Pinned("jats/iso8879/isocyr1.ent", 5257, "e11675c53470e41ca92116cc4d44151b0845dac44fcc5a78c3fb2e62262320c2"),
    Pinned("jats/iso8879/isocyr2.ent", 2457, "a39aa224c44ede4314fa0b63a7e937d7e14d567e2b2f7d69d1b2a4a58628b41f"),
    Pinned("jats/iso8879/isodia.ent", 1473, "3da81d15c34ef9152b76d98bbf78e4fd7e54a5d66660dfcc2361553b3347eed6"),
    Pinned("jats/iso8879/isolat1.ent", 5199, "5b791152e57676b3b8c507bc04d25844673c34c7751f3f71b47f16fa42627e86"),
    Pinned("jats/iso8879/isolat2.ent", 8865, "db8a54ea45c5cd8a47501c7276a88b60ea7fa4516074d47d03101c112daa5d6c"),
    Pinned("jats/iso8879/isonum.ent", 5816, "a4d402de993d52123b8dd33e7698f61a04f8ed3862c34a53c2a8df7123001036"),
    Pinned("jats/iso8879/isopub.ent", 6594, "437b79350e045d069f14c7941486ac94e21b20ca3763ff0ebaa611bfbe288f68"),
    Pinned("jats/iso9573-13/isoamsa.ent", 11589, "187d49c3e80ceca9db6a56cdfabf6f51187c3b999437aa971f63cd64fdd7cd77"),
    Pinned("jats/iso9573-13/isoamsb.ent", 9556, "be483d07542a6d319d8bf935ef686df5d3d87b63f57f17b46e7f80fc51e1a7b9"),
    Pinned("jats/iso9573-13/isoamsc.ent", 2254, "924c3593e98e8bb9e2281b725de8bc7a93217932451c35ed769e762a1b83deeb"),
    Pinned("jats/iso9573-13/isoamsn.ent", 7945, "b9a41a94214c720868f3797a166725a7ca5d20016220eb9980ade04213130b3c"),
    Pinned("jats/iso9573-13/isoamso.ent", 4432, "314ae2048e63f457ef00808f3a3ebe3cdc081a7cfc98fd9461a99ce3beb56fc5"),
    Pinned("jats/iso9573-13/isoamsr.ent", 14133, "dafa5e2a43e5d9faf5ccea4fa4d9ba89bc5c0cc9e44e338d5d96b9a261368965"),
    Pinned("jats/iso9573-13/isogrk3.ent", 3699, "21801c9d56e759e8576cd54423a357edd341e71195e7f254acd00622f7c91b99"),
    Pinned("jats/iso9573-13/isomfrk.ent", 4478, "2629afaedb9fb5cab15c90b99cad583c78c6da6af000cebabbb538992aa01cff"),
    Pinned("jats/iso9573-13/isomopf.ent", 2522, "1f3da07deeed8782efae6ae92488db4b25504c69b93393bde08262084bc3d794"),
    Pinned("jats/iso9573-13/isomscr.ent", 4557, "4bcb235e9d166a40d4d4657d890bab914694c1c8bcff5e6fd969fb6bdb3c6506"),
    Pinned("jats/iso9573-13/isotech.ent", 12399, "5f531b64c4f0b2ce19b22b384f3a74856b735d2a3311234ef86c1dab21f3eb83"),
    Pinned("jats/mathml/mmlalias.ent", 37695, "52dc47966b65529e68b4e17f014d9f1c3de0a3ce385eba6600fa6f2e80ff3137"),
    Pinned("jats/mathml/mmlextra.ent", 7776, "15bc8f7714c07cfaada284bdc22f6e8a5a407e682f3e98b16b2307c5775135a7"),
    Pinned("jats/mathml3-qname1.mod", 12255, "8d0118220455b6a02265beb1f5798eab0e44c1dab53abaab4d85cfbcc2af479e"),
    Pinned("jats/mathml3.dtd", 42407, "8bc6c3ba28645c927ace6d3029180de6aea1bc45b707a10c5bc38a1be30345b7"),
    Pinned("jats/xhtml-inlstyle-1.mod", 1141, "81bc12f79a40a5c41578b9fd3131fd72c2d02b5d4ec8d18191c6435006dcdd5e"),
    Pinned("jats/xhtml-table-1.mod", 9503, "39eb5e9b4b4627d7416df8bb0394f100711dd252fb7cf7a1316f80ccd7907b09"),
    Pinned("jats/xmlchars/isogrk1.ent", 3960, "c2d580fdbe8d0d1d620d482728045c846651acf686ae4cf9081320ff19dcc495"),
    Pinned("jats/xmlchars/isogrk2.ent", 2218, "6d53b5f2eeb8be51c9ec23d067202c9af6a5c14b591e0835c22fb5d6ac6bb86a"),
    Pinned("jats/xmlchars/isogrk4.ent", 3645, "e1fac075406c18856f14011e46976654e2b75bbe65e2e4b6d1d725fa179777e3"),
    Pinned("newsml-g2/LICENSE", 901, "a7227ca01152bfda380db53eff6da5a08211430504ff534cde48c58873b8ff72"),
    Pinned("newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd", 330783, "06ef1c5076a32f2568ac8955994029890afac0268f795e3c26642ded52cf0181"),
    Pinned("newsml-g2/xml.xsd", 8836, "61960fb3131e38022caad5360e2f33a3382578ab3c80cd58bd74320ede61b20c"),
)


class InstallError(Exception):
    """Why an installation did not happen (nothing was changed)."""


def data_folder() -> Path:
    """Where ``newsconv schemas install`` puts the schemas and ``validate`` looks for them."""
    if os.name == "nt":
        base = os.environ.get("LOCALAPPDATA") or os.path.join(os.path.expanduser("~"), "AppData", "Local")
    elif sys.platform == "darwin":
        base = os.path.join(os.path.expanduser("~"), "Library", "Application Support")
    else:
        base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "newsconv" / "schemas"


def installed() -> Optional[Path]:
    """The data folder when an installation finished there, else None."""
    folder = data_folder()
    return folder if (folder / MARKER).is_file() else None


def install(target: Path, mirror: Optional[str] = None, say: Callable[[str], None] = lambda message: None,
            files: Sequence[Pinned] = PINNED) -> None:
    """Download every file of ``files`` (from its publisher, or from ``mirror``), check it, and install
    the whole set as ``target``; raises :class:`InstallError`, with ``target`` untouched, on any failure.

    ``files`` is the pinned list; only tests give another."""
    target = Path(target)
    if target.exists() and not (target / MARKER).is_file() and (not target.is_dir() or any(target.iterdir())):
        raise InstallError(f"{target} exists and is not a folder of schemas newsconv installed: give a new or "
                           "empty folder")
    fetch = _fetcher(mirror)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.parent / f".{target.name}.{os.getpid()}.part"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        for number, pinned in enumerate(files, 1):
            if number == 1 or number % 10 == 0 or number == len(files):
                say(f"{number}/{len(files)}: {pinned.path}")
            data = fetch(pinned)
            _check(pinned, data)
            destination = staging.joinpath(*pinned.path.split("/"))
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_bytes(data)
        record = {"source": mirror or "publishers", "files": {p.path: p.sha256 for p in files}}
        (staging / MARKER).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
        _replace(staging, target)
    except OSError as err:
        raise InstallError(f"cannot write {getattr(err, 'filename', None) or target}: {err.strerror or err}") \
            from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _check(pinned: Pinned, data: bytes) -> None:
    if len(data) != pinned.size:
        raise InstallError(f"{pinned.path}: {len(data):,} bytes where the published file has {pinned.size:,}; "
                           "refused, nothing installed")
    digest = hashlib.sha256(data).hexdigest()
    if digest != pinned.sha256:
        raise InstallError(f"{pinned.path}: SHA-256 {digest} is not the published file's {pinned.sha256}; "
                           "refused (a changed or damaged copy), nothing installed")


def _replace(staging: Path, target: Path) -> None:
    """Put ``staging`` where ``target`` is: an earlier installation is moved aside first, then removed."""
    old = target.parent / f".{target.name}.{os.getpid()}.old"
    if target.exists():
        os.replace(target, old)
    try:
        os.replace(staging, target)
    except OSError:
        if old.exists():
            os.replace(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _fetcher(mirror: Optional[str]) -> Callable[[Pinned], bytes]:
    """How a pinned file is got: from its publisher, a mirror folder, or a mirror URL."""
    if mirror is None:
        return lambda pinned: _download(pinned.publisher_url(), pinned)
    scheme = urllib.parse.urlsplit(mirror).scheme.lower()
    if scheme in ("http", "https"):
        base = mirror if mirror.endswith("/") else mirror + "/"
        return lambda pinned: _download(base + urllib.parse.quote(pinned.path), pinned)
    if scheme == "file":
        mirror = urllib.request.url2pathname(urllib.parse.urlsplit(mirror).path)
    elif len(scheme) > 1:  # one letter is a Windows drive
        raise InstallError(f"--from {mirror}: give a folder or an http(s) URL")
    folder = Path(mirror)
    if not folder.is_dir():
        raise InstallError(f"--from {mirror}: no such folder")
    return lambda pinned: _read(folder.joinpath(*pinned.path.split("/")), pinned)


def _read(path: Path, pinned: Pinned) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(pinned.size + 1)  # a larger file is refused without reading it all
    except OSError as err:
        raise InstallError(f"{pinned.path}: cannot read {path}: {err.strerror or err}; nothing installed") from None


def _download(url: str, pinned: Pinned) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": "newsconv-schemas-install"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310 (http(s) only)
            return response.read(pinned.size + 1)  # never more than one byte past the published size
    except urllib.error.HTTPError as err:
        raise InstallError(f"{pinned.path}: {url} answered {err.code} {err.reason}; nothing installed") from None
    except (urllib.error.URLError, OSError) as err:
        reason = getattr(err, "reason", None) or getattr(err, "strerror", None) or err
        raise InstallError(f"{pinned.path}: cannot download {url}: {reason}; nothing installed (on a machine "
                           "without internet, give --from a folder or URL holding a copy)") from None
