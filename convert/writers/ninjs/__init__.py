"""ninjs, IPTC's news in JSON (3.x by default, 2.x as an option). Mapping: docs/formats/ninjs.md."""

from __future__ import annotations

from ...options import Option
from .. import Writer
from .document import write

WRITER = Writer(
    name="ninjs",
    extension=".ninjs.json",
    description="ninjs (IPTC news in JSON), 3.1 by default or 2.2: headlines, bodies, people, subjects",
    write=write,
    options=(Option("version", "the ninjs version to write", default="3", choices=("3", "2")),),
)
