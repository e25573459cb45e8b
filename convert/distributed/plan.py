"""The tasks of a batch whose inputs or outputs may be on a store, named as the local engine names them.

Local inputs go through :class:`convert.inputs.Plan` itself (folders searched one listing at a time,
web archives split into their records, output names checked for clashes); only where the outputs go
changes when ``-o`` is a URL. Inputs on a store are searched the same way, one folder listing at a
time, with the same output names.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Any, Iterator, Mapping, Optional, Sequence

from .. import warc
from ..errors import NewsconvError
from ..inputs import DEFAULT_PATTERNS, STDIN, Plan, Task, _matcher, safe_stem, without_suffix
from ..stores import Remote, is_url, join, local_path, store_for, walk

# Where a local plan puts its outputs when they go to a store: a folder that does not exist (so no link
# is on its way), replaced by the store's URL in every task.
_STAND_IN = Path(f".newsconv-store-output-{uuid.uuid4().hex}")


class Tasks:
    """Every input's task, found while the first ones are converted; iterate once.

    As :class:`convert.inputs.Plan`: ``clashes`` lists ``(input, message)`` for inputs refused (an output
    name taken, a folder or archive that cannot be read), ``found`` counts inputs seen so far and
    ``complete`` tells when the search is over. ``output_folders`` holds the local folders outputs went
    to (one entry per folder), to clear of temporary files a killed worker left there.
    """

    def __init__(self, inputs: Sequence[str], out: str, patterns: Sequence[str] = DEFAULT_PATTERNS,
                 storage_options: Optional[Mapping[str, Any]] = None) -> None:
        if STDIN in inputs:
            raise NewsconvError("standard input cannot be sent to a cluster: name files, folders or URLs")
        self.patterns = tuple(patterns)
        self.options = dict(storage_options or {})
        given = [local_path(name) or name for name in inputs]
        self.local = [name for name in given if not is_url(name)]
        self.remote = [name for name in given if is_url(name)]
        self.out = local_path(out) or out.rstrip("/")
        self.out_is_url = is_url(self.out)
        self.clashes: list[tuple[str, str]] = []
        self.output_folders: set[str] = set()
        self._plan: Optional[Plan] = None
        self._found = 0
        self.complete = False

    @property
    def found(self) -> int:
        return self._found + (self._plan.found if self._plan is not None else 0)

    def __iter__(self) -> Iterator[Task]:
        for task in self._tasks():
            if task.target is not None and not self.out_is_url:
                self.output_folders.add(os.path.dirname(task.target))
            yield task
        self.complete = True

    def _tasks(self) -> Iterator[Task]:
        if self.local:
            self._plan = Plan(self.local, _STAND_IN if self.out_is_url else Path(self.out), self.patterns)
            try:
                if self.out_is_url:
                    yield from (self._to_store(task) for task in self._plan)
                else:
                    yield from self._plan
            finally:
                self.clashes.extend((source, self._to_store_text(message)) for source, message in
                                    self._plan.clashes)
        if self.remote:
            yield from _RemoteSearch(self).tasks()

    def _to_store(self, task: Task) -> Task:
        relative = os.path.relpath(task.target, _STAND_IN) if task.target is not None else None
        return Task(task.source, None if relative is None else join(self.out, Path(relative).as_posix()),
                    task.display)

    def _to_store_text(self, message: str) -> str:
        return message.replace(str(_STAND_IN), self.out) if self.out_is_url else message


class _RemoteSearch:
    """Inputs on stores: files named one by one, folders searched, archives split into records."""

    def __init__(self, owner: Tasks) -> None:
        self.owner = owner
        self.matches = _matcher(owner.patterns)
        # Output names taken, by the input folder whose files took them. With one folder searched, two
        # files can only take the same name within one of its folders: a folder's names are let go once
        # the search has left it, so memory does not grow with the number of inputs.
        self.taken: dict[tuple[str, ...], dict[str, str]] = {}
        self.one_folder = len(owner.remote) + len(owner.local) == 1

    def tasks(self) -> Iterator[Task]:
        for given in self.owner.remote:
            store = store_for(given, self.owner.options)
            assert isinstance(store, Remote)
            try:
                is_folder = store.filesystem().isdir(given)
            except (OSError, ValueError) as err:
                self.owner.clashes.append((given, f"{given}: cannot read: {err}"))
                continue
            if is_folder:
                yield from self._folder(store, given)
            else:
                yield from self._one(store, given, given.rstrip("/").rsplit("/", 1)[-1], ())

    def _folder(self, store: Remote, root: str) -> Iterator[Task]:
        try:
            for parts, name in walk(store, root):
                if self.one_folder and parts not in self.taken:
                    for left in [done for done in self.taken if done != parts[:len(done)]]:
                        del self.taken[left]
                if self.matches(name):
                    source = join(root, "/".join(parts + (name,)))
                    yield from self._one(store, source, name, parts)
        except NewsconvError as err:
            self.owner.clashes.append((err.file or root, str(err)))

    def _one(self, store: Remote, source: str, name: str, parts: tuple[str, ...]) -> Iterator[Task]:
        if warc.is_archive(name):
            stem = safe_stem(Path(*parts, warc.stem(name)))
            folder = self._target(source, stem, parts)
            if folder is None:
                return
            try:
                for entry in warc.entries(source, store.open):
                    self.owner._found += 1
                    yield Task(warc.source_of(source, entry), self._place(folder, f"{entry.number:05d}"),
                               f"{source}#{entry.number}")
            except NewsconvError as err:
                self.owner.clashes.append((source, str(err)))
            return
        self.owner._found += 1
        target = self._target(source, safe_stem(Path(*parts, without_suffix(name))), parts)
        if target is not None:
            yield Task(source, target, source)

    def _target(self, source: str, stem: Path, parts: tuple[str, ...]) -> Optional[str]:
        target = self._place(self.owner.out, stem.as_posix())
        earlier = self.taken.setdefault(parts if self.one_folder else (), {}).setdefault(target, source)
        if earlier != source:
            self.owner.clashes.append((source, f"output name {target} is already used by {earlier}; "
                                               "give the inputs as a directory to mirror its tree"))
            return None
        return target

    def _place(self, folder: str, stem: str) -> str:
        if self.owner.out_is_url:
            return join(folder, stem)
        return os.path.join(folder, *stem.split("/"))
