"""Finding a batch's inputs and naming their outputs, one folder at a time.

A batch may hold millions of inputs, so nothing here keeps a record per input: folders are read
one listing at a time, in the order ``Path.rglob`` gives, while the inputs already found are
being converted. Two inputs must never write the same output, yet remembering every output name
would cost memory per input; instead each output folder remembers which listings write into it
(a few hundred bytes per folder), and the names in a folder are only gathered, by reading those
listings again, when a second listing writes into the same output folder.
"""

from __future__ import annotations

import fnmatch
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Optional, Sequence

from . import warc
from .errors import NewsconvError

STDIN = "-"
# What a folder's files are read by default: every extension a built-in reader takes (and XML, which agencies
# and archives use for NewsML-G2 and JATS alike; the content decides), and web archives. JSON is left out
# unless --glob names it: newsconv writes its intermediate as JSON beside the inputs it came from.
DEFAULT_PATTERNS = ("*.txt", "*.md", "*.markdown", "*.xml", "*.newsml", "*.nml", "*.jats", "*.ninjs",
                    "*.html", "*.htm", "*.xhtml", "*.epub") + tuple("*" + suffix for suffix in warc.SUFFIXES)


@dataclass(frozen=True, slots=True)
class Task:
    """One input and where its outputs go (``target`` is the output path without extension).

    Plain strings and slots: a batch holds one per input in flight."""

    source: str
    target: Optional[str]
    display: str


_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f<>:\"|?*\\]")
_FOLDER = "\0"  # marks a sub-folder in a listing; sorts the name as Path.rglob does (before "name.txt")
_NT = os.name == "nt"


def safe_stem(stem: Path) -> Path:
    """An output name inside the output folder: no absolute part, no ``..``, no control or reserved characters."""
    parts = [_UNSAFE_NAME.sub("_", part) for part in stem.parts if part not in ("", ".", "..", "/")]
    parts = [part.lstrip(".") or "_" for part in parts]  # no hidden files, no names made of dots
    return Path(*parts) if parts else Path("_")


def without_suffix(name: str) -> str:
    """``name`` without its last suffix, as ``PurePath.with_suffix("")`` has it (".profile" has none)."""
    dot = name.rfind(".")
    return name[:dot] if 0 < dot < len(name) - 1 else name


def _is_safe(stem: str) -> bool:
    """Whether :func:`safe_stem` leaves this one-part name as it is."""
    return not stem.startswith(".") and _UNSAFE_NAME.search(stem) is None


def _matcher(patterns: Sequence[str]) -> Callable[[str], object]:
    flags = re.IGNORECASE if _NT else 0
    return re.compile("|".join(fnmatch.translate(pattern) for pattern in patterns), flags).match


def _needs_rglob(patterns: Sequence[str]) -> bool:
    return any("/" in pattern or os.sep in pattern or "**" in pattern for pattern in patterns)


class UnreadableFolder(Exception):
    """A folder of the inputs that cannot be listed: its inputs are unknown, so the batch fails."""

    def __init__(self, folder: str, reason: str) -> None:
        super().__init__(f"{folder}: cannot read this folder: {reason}")
        self.folder, self.reason = folder, reason


def _read_folder(folder: str, matches: Callable[[str], object]) -> list[str]:
    """The names of the matching files and (marked) sub-folders in ``folder``, in rglob's order:
    hidden files too, links to files followed, links to folders not entered. Raises
    :class:`UnreadableFolder` when the folder cannot be listed (rglob would skip it silently)."""
    names: list[str] = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                try:
                    if entry.is_dir():
                        if not entry.is_symlink():
                            names.append(entry.name + _FOLDER)
                    elif matches(entry.name) and entry.is_file():
                        names.append(entry.name)
                except OSError:
                    continue
    except OSError as err:
        raise UnreadableFolder(folder, err.strerror or str(err)) from None
    names.sort(key=str.lower if _NT else None)  # path objects compare case-insensitively there
    return names


class _Listing:
    """One folder of a searched tree while it is being worked through: the names it holds, which
    of them is current, and where its outputs go."""

    __slots__ = ("folder", "parts", "names", "current", "out_folder", "rejected", "matches", "out_dir",
                 "duplicates", "closers", "unreadable")

    def __init__(self, folder: str, parts: tuple[str, ...], matches: Callable[[str], object],
                 out_dir: Optional[Path]) -> None:
        self.folder, self.parts, self.matches, self.out_dir = folder, parts, matches, out_dir
        self.unreadable: Optional[UnreadableFolder] = None
        try:
            self.names: Optional[list[str]] = _read_folder(folder, matches)
        except UnreadableFolder as err:
            self.names, self.unreadable = [], err
        self.current = -1
        self.rejected: Optional[set[str]] = None  # files refused for a name clash (rare)
        self.closers: list[_OutputFolder] = []
        self.out_folder: Optional[str] = None
        self.duplicates: dict[str, str] = {}
        if out_dir is not None:
            self.out_folder = str(out_dir.joinpath(*safe_stem(Path(*parts)).parts) if parts else out_dir)
            self.duplicates = self._duplicates(self.names)

    def next_name(self) -> Optional[str]:
        self.current += 1
        assert self.names is not None
        return self.names[self.current] if self.current < len(self.names) else None

    def close(self) -> None:
        """The walk has left this folder for good: let go of its names."""
        self.names = None
        for record in self.closers:
            record.names = None
        self.closers = []

    def target(self, name: str) -> str:
        """The output path (without extension) of the file ``name`` in this folder."""
        stem = without_suffix(name)
        if _is_safe(stem):  # as safe_stem would have it, without a path object per file
            return stem if self.out_folder == "." else os.path.join(self.out_folder, stem)  # type: ignore[arg-type]
        return str(self.out_dir / safe_stem(Path(*self.parts, stem)))  # type: ignore[operator]

    def _duplicates(self, names: list[str]) -> dict[str, str]:
        """Files of this folder whose output name an earlier file of it already has, with that file.

        With one suffix and plain names, as in ``*.txt``, there can be none and nothing is built."""
        files = [name for name in names if not name.endswith(_FOLDER)]
        suffixes = {name[len(without_suffix(name)):] for name in files[:1]}
        if all(name[len(without_suffix(name)):] in suffixes and _is_safe(without_suffix(name)) for name in files):
            return {}
        first: dict[str, str] = {}
        duplicates: dict[str, str] = {}
        for name in files:
            earlier = first.setdefault(self.target(name), name)
            if earlier != name:
                duplicates[name] = earlier
        return duplicates

    def duplicate_of(self, name: str) -> Optional[str]:
        """The earlier file of this folder that took the output name of ``name``, if any."""
        earlier = self.duplicates.get(name)
        if earlier is None or earlier in (self.rejected or ()):
            return None  # if it was refused, the input that has the name is elsewhere
        return os.path.join(self.folder, earlier)

    def claimed(self, out_folder: str) -> dict[str, str]:
        """Output names in ``out_folder`` this folder's files have taken so far, with their inputs."""
        names = self.names
        if names is None:  # finished: read it again
            try:
                names = _read_folder(self.folder, self.matches)
            except UnreadableFolder:
                names = []
        else:
            names = names[:self.current]
        taken: dict[str, str] = {}
        for name in names:
            if name.endswith(_FOLDER) or name in (self.rejected or ()) or name in self.duplicates:
                continue
            folder, stem = os.path.split(self.target(name))
            if folder == out_folder:
                taken[stem] = os.path.join(self.folder, name)
        return taken


class _Named:
    """Inputs named one by one (files on the command line, or a search with a path pattern):
    their output names are kept, as the list of them is held anyway."""

    __slots__ = ("taken",)

    def __init__(self) -> None:
        self.taken: dict[str, str] = {}

    def claimed(self, out_folder: str) -> dict[str, str]:
        return {os.path.basename(target): source for target, source in self.taken.items()
                if os.path.dirname(target) == out_folder}


class _OutputFolder:
    """Whose inputs go to one output folder; ``names`` is gathered only once a second owner comes."""

    __slots__ = ("owners", "names")

    def __init__(self, owner: object) -> None:
        self.owners = [owner]
        self.names: Optional[dict[str, str]] = None


class Plan:
    """The tasks of a batch, found while the first ones are already being converted.

    Iterate once. ``clashes`` lists ``(input, message)`` for inputs refused because an earlier
    input has the same output name, and for folders that could not be read (their inputs are
    unknown: the batch must not pass as if they had none); ``found`` counts the inputs seen so far
    and ``complete`` tells when the search is over.
    """

    def __init__(self, inputs: Sequence[str], out_dir: Optional[Path],
                 patterns: Sequence[str] = DEFAULT_PATTERNS) -> None:
        self.inputs, self.out_dir, self.patterns = list(inputs), out_dir, tuple(patterns)
        self.clashes: list[tuple[str, str]] = []
        self.found = 0
        self.complete = False
        self._folders: dict[str, _OutputFolder] = {}
        self._links: dict[str, Optional[str]] = {}  # output folder -> the link on its way, if any
        self._skip = None if out_dir is None else os.path.realpath(out_dir)

    def __iter__(self) -> Iterator[Task]:
        named = _Named()
        for given in self.inputs:
            if given != STDIN and os.path.isdir(given):
                yield from self._folder(given)
            elif given != STDIN and warc.is_archive(given):
                folder = safe_stem(Path(warc.stem(Path(given).name)))
                target = None if self.out_dir is None else str(self.out_dir / folder)
                if target is None or self._named(named, given, folder) is not None:
                    yield from self._archive(given, target)
            else:
                self.found += 1
                stem = Path("stdin") if given == STDIN else safe_stem(Path(Path(given).name).with_suffix(""))
                task = self._named(named, given, stem)
                if task is not None:
                    yield task
        self.complete = True

    def _folder(self, root: str) -> Iterator[Task]:
        unreadable: list[UnreadableFolder] = []
        try:
            yield from self._search(root, unreadable)
        finally:
            self.clashes.extend((err.folder, str(err)) for err in unreadable)

    def _search(self, root: str, unreadable: list[UnreadableFolder]) -> Iterator[Task]:
        if _needs_rglob(self.patterns):
            unreadable.extend(_unreadable_below(root))
            path = Path(root)
            named = _Named()
            found = sorted({p for pattern in self.patterns for p in path.rglob(pattern) if p.is_file()})
            for item in found:
                self.found += 1
                task = self._named(named, str(item), safe_stem(item.relative_to(path).with_suffix("")))
                if task is not None:
                    yield task
            return
        for listing, name in _walk(root, _matcher(self.patterns), self.out_dir, self._skip, unreadable):
            source = os.path.join(listing.folder, name)
            if warc.is_archive(name):
                yield from self._archive_in(listing, name, source)
                continue
            self.found += 1
            if listing.out_folder is None:
                yield Task(source, None, source)
                continue
            target = listing.target(name)
            if self._through_link(source, target):
                continue
            earlier = listing.duplicate_of(name) or self._claim(target, source, listing)
            if earlier is None:
                yield Task(source, target, source)
            else:
                listing.rejected = (listing.rejected or set()) | {name}
                self._refuse(source, target, earlier)

    def _archive(self, path: str, folder: Optional[str]) -> Iterator[Task]:
        """One task per response of a web archive, its outputs in ``folder`` named by the record's place."""
        responses = 0
        try:
            for entry in warc.entries(path):
                self.found += 1
                responses += 1
                target = None if folder is None else os.path.join(folder, f"{entry.number:05d}")
                yield Task(warc.source_of(path, entry), target, f"{path}#{entry.number}")
        except NewsconvError as err:
            self.clashes.append((path, str(err)))
            return
        if not responses:  # said of the archive, rather than that no input was found at all
            self.clashes.append((path, f"{path}: the archive holds no responses (only requests, metadata or "
                                       "warcinfo records): nothing to convert"))

    def _archive_in(self, listing: _Listing, name: str, source: str) -> Iterator[Task]:
        if listing.out_folder is None:
            yield from self._archive(source, None)
            return
        folder = os.path.join(os.path.dirname(listing.target(name)), warc.stem(name))
        if self._through_link(source, folder):
            return
        earlier = self._claim(folder, source, listing)
        if earlier is not None:
            self._refuse(source, folder, earlier)
            return
        yield from self._archive(source, folder)

    def _named(self, named: _Named, source: str, stem: Path) -> Optional[Task]:
        if self.out_dir is None:
            return Task(source, None, source)
        target = str(self.out_dir / stem)
        if self._through_link(source, target):
            return None
        earlier = named.taken.get(target) or self._claim(target, source, named)
        if earlier is not None:
            self._refuse(source, target, earlier)
            return None
        named.taken[target] = source
        return Task(source, target, source)

    def _claim(self, target: str, source: str, owner: "_Listing | _Named") -> Optional[str]:
        """Take ``target`` for ``source``; the input that has it already, if any."""
        out_folder, stem = os.path.split(target)
        record = self._folders.get(out_folder)
        if record is None:
            self._folders[out_folder] = _OutputFolder(owner)
            return None
        if record.names is None:
            if len(record.owners) == 1 and record.owners[0] is owner:
                return None  # only this owner so far: its own duplicates are known to it
            record.names = {}
            for earlier_owner in record.owners:
                record.names.update(earlier_owner.claimed(out_folder))
            if isinstance(owner, _Listing):
                owner.closers.append(record)  # gathered names are let go when this folder is done
        if record.owners[-1] is not owner:
            record.owners.append(owner)
        earlier = record.names.get(stem)
        if earlier is None:
            record.names[stem] = source
        return earlier

    def _through_link(self, source: str, target: str) -> bool:
        """Whether ``target`` lies below a link inside the output folder, which would take the output
        out of it; the input is then refused. Each output folder is looked at once."""
        folder = os.path.dirname(target)
        if folder not in self._links:
            self._links[folder] = _link_below(str(self.out_dir), folder)
        link = self._links[folder]
        if link is not None:
            self.clashes.append((source, f"{source}: output folder {link} is a symbolic link; refusing to write "
                                         "through it, out of the output folder"))
        return link is not None

    def _refuse(self, source: str, target: str, earlier: str) -> None:
        self.clashes.append((source, f"output name {target} is already used by {earlier}; "
                                     "give the inputs as a directory to mirror its tree"))


def _link_below(root: str, folder: str) -> Optional[str]:
    """The first folder between ``root`` (excluded: the user chose it) and ``folder`` that is a symbolic
    link, or None. Folders not made yet are made by newsconv, never links."""
    relative = os.path.relpath(folder or os.curdir, root or os.curdir)
    if relative == os.curdir or relative == os.pardir or relative.startswith(os.pardir + os.sep):
        return None
    path = root or os.curdir
    for part in relative.split(os.sep):
        path = os.path.join(path, part)
        if os.path.islink(path):
            return path
        if not os.path.lexists(path):
            return None
    return None


def _walk(root: str, matches: Callable[[str], object], out_dir: Optional[Path],
          skip: Optional[str], unreadable: Optional[list[UnreadableFolder]] = None) -> Iterator[tuple[_Listing, str]]:
    """``(listing, file name)`` for every matching file below ``root``, in rglob's order, reading
    one folder at a time. The output folder is not searched: a batch never reads its own outputs.
    A folder that cannot be listed goes into ``unreadable`` (raised when that is None)."""
    real_root = os.path.realpath(root) if skip is not None else ""

    def listing_of(folder: str, parts: tuple[str, ...]) -> _Listing:
        made = _Listing(folder, parts, matches, out_dir)
        if made.unreadable is not None:
            if unreadable is None:
                raise made.unreadable
            unreadable.append(made.unreadable)
        return made

    stack = [listing_of(root, ())]
    while stack:
        listing = stack[-1]
        name = listing.next_name()
        if name is None:
            listing.close()
            stack.pop()
        elif name.endswith(_FOLDER):
            name = name[:-1]
            parts = listing.parts + (name,)
            if skip is not None and os.path.join(real_root, *parts) == skip:
                continue
            stack.append(listing_of(os.path.join(listing.folder, name), parts))
        else:
            yield listing, name


def _unreadable_below(root: str) -> list[UnreadableFolder]:
    """The folders below ``root`` that cannot be listed (``Path.rglob`` passes over them without a word)."""
    found: list[UnreadableFolder] = []

    def note(err: OSError) -> None:
        found.append(UnreadableFolder(str(err.filename or root), err.strerror or str(err)))

    for _ in os.walk(root, onerror=note):
        pass
    return found


def discover(inputs: Sequence[str], patterns: Sequence[str] = DEFAULT_PATTERNS) -> Iterator[tuple[str, Path]]:
    """Yield ``(path, relative stem)`` for every input; directories are searched recursively.

    The relative stem of a file found in a directory keeps its sub-folders, so
    that outputs mirror the input tree and two ``index.txt`` never collide.
    """
    for given in inputs:
        if given == STDIN:
            yield STDIN, Path("stdin")
            continue
        path = Path(given)
        if path.is_dir():
            if _needs_rglob(patterns):
                for err in _unreadable_below(given):
                    raise err
                found = sorted({p for pattern in patterns for p in path.rglob(pattern) if p.is_file()})
                for item in found:
                    yield str(item), safe_stem(item.relative_to(path).with_suffix(""))
                continue
            for listing, name in _walk(given, _matcher(patterns), None, None):
                yield os.path.join(listing.folder, name), safe_stem(Path(*listing.parts, without_suffix(name)))
        else:
            yield given, safe_stem(Path(path.name).with_suffix(""))


def is_input(path: str, inputs: Sequence[str], patterns: Sequence[str] = DEFAULT_PATTERNS) -> bool:
    """Whether ``path`` is a file the batch reads: one of ``inputs``, or a file in an input folder that
    ``patterns`` match. A file written there (a report, a bundle) would replace an input."""
    if not os.path.isfile(path):
        return False  # nothing there yet: it cannot be an input of this run
    where = os.path.realpath(path)
    for given in inputs:
        if given == STDIN:
            continue
        if os.path.isdir(given):
            if _inside(where, os.path.realpath(given), patterns):
                return True
        else:
            try:
                if os.path.samefile(given, path):
                    return True
            except OSError:
                continue
    return False


def _inside(path: str, folder: str, patterns: Sequence[str]) -> bool:
    relative = os.path.relpath(path, folder)
    if relative.startswith(os.pardir + os.sep) or relative == os.pardir or os.path.isabs(relative):
        return False
    if _needs_rglob(patterns):  # a path pattern: match its last part too, to err on the side of refusing
        name = os.path.basename(path)
        return any(Path(relative).match(pattern) or fnmatch.fnmatch(name, pattern.replace(os.sep, "/").rsplit("/", 1)[-1])
                   for pattern in patterns)
    return bool(_matcher(patterns)(os.path.basename(path)))
