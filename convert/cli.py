"""The ``newsconv`` command: a thin layer over the library.

Exit codes: 0 all good, 1 some input failed (or did not validate), 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import sys
from pathlib import Path
from itertools import chain
from typing import Any, Iterator, Optional, Sequence

from . import __version__, batch, inputs, readers, writers
from .errors import NewsconvError
from .fileio import write_all, write_atomic
from .options import Option

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    pass


# Control characters in a message (from a file name, say) are shown escaped: on a terminal they would act.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def _say(message: str) -> None:
    """``newsconv: message`` on standard error, on one line."""
    print("newsconv: " + _CONTROL.sub(lambda found: repr(found.group())[1:-1], message), file=sys.stderr)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits with 2 too; keep the message short
        self.print_usage(sys.stderr)
        raise UsageError(message)


# Spellings of format options from before formats declared their own, still accepted.
ALIASES = {("writer", "epub", "group_by"): "--group-by"}


def build_parser(writer_names: Sequence[str] = (), reader_names: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The command line; flags for the options of the readers and writers named (see :func:`format_flags`)."""
    parser = _Parser(prog="newsconv", description="Convert raw news captures to a validated JSON intermediate, "
                                                  "NewsML-G2, JATS, EPUB 3 and Markdown.")
    parser.add_argument("--version", action="version", version=f"newsconv {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def batch_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("inputs", nargs="+", metavar="INPUT", help="capture files, directories (searched "
                       "recursively), intermediate JSON or newsconv Markdown; - reads standard input")
        p.add_argument("-o", "--output", metavar="DIR", help="output directory (- writes one output to stdout)")
        p.add_argument("--glob", action="append", metavar="PATTERN",
                       help="file pattern used inside directories (default *.txt; repeatable)")
        p.add_argument("-j", "--jobs", type=int, default=available_processors(),
                       help="parallel processes (default and most: the processors available)")
        p.add_argument("--skip-existing", action="store_true", help="leave inputs whose outputs all exist")
        p.add_argument("--report", metavar="FILE.json", help="write a per-input report as JSON")
        p.add_argument("-q", "--quiet", action="store_true", help="no progress and no summary")
        p.add_argument("--max-bytes", type=int, default=readers.DEFAULT_MAX_BYTES, help="refuse larger inputs")
        p.add_argument("-f", "--from", dest="reader", metavar="READER",
                       help="read every input with this reader instead of guessing (see `newsconv formats`)")
        format_flags(p, "reader", [readers.get(name) for name in reader_names])

    p_parse = sub.add_parser("parse", help="read captures into intermediate JSON")
    batch_options(p_parse)
    p_parse.add_argument("--check", action="store_true", help="only read and validate the inputs; write nothing")
    p_convert = sub.add_parser("convert", help="convert captures or intermediates to other formats")
    batch_options(p_convert)
    p_convert.add_argument("-t", "--to", required=True, metavar="FORMAT[,FORMAT...]",
                           help="output formats (see `newsconv formats`), or all")
    p_convert.add_argument("--bundle", metavar="FILE", help="write all inputs into one file (epub, newsml, jats)")
    format_flags(p_convert, "writer", [writers.get(name) for name in writer_names])
    p_validate = sub.add_parser("validate", help="check intermediate JSON, NewsML-G2, JATS, EPUB and newsconv "
                                                 "Markdown files")
    p_validate.add_argument("files", nargs="+", metavar="FILE", help="files, directories (recursive) or globs")
    p_validate.add_argument("--schemas", metavar="DIR", help="folder of official schemas (newsml-g2/, jats/); "
                            "default: $NEWSCONV_SCHEMAS")
    p_validate.add_argument("--strict", action="store_true", help="a check that could not run is a failure")
    p_validate.add_argument("--format", choices=("text", "json", "junit", "github"), default="text",
                            help="report format (default: text)")
    p_validate.add_argument("--report", metavar="FILE", help="write the report to FILE instead of stdout")
    p_validate.add_argument("--no-epubcheck", action="store_true", help="do not run EPUBCheck on EPUB files")
    p_validate.add_argument("--max-bytes", type=int, default=readers.DEFAULT_MAX_BYTES,
                            help="report larger files without reading them")
    p_formats = sub.add_parser("formats", help="list the readers and writers, with their options")
    p_formats.add_argument("--json", action="store_true", help="as JSON, for programs")
    return parser


def format_flags(parser: argparse.ArgumentParser, kind: str, formats: Sequence[Any]) -> None:
    """A flag ``--<format>-<option>`` for each option the formats declare, in a group per format."""
    for fmt in formats:
        declared: Sequence[Option] = getattr(fmt, "options", ())
        if not declared:
            continue
        group = parser.add_argument_group(f"options of the {fmt.name} {kind}")
        for option in declared:
            spellings = [option.flag(fmt.name)]
            alias = ALIASES.get((kind, fmt.name, option.name))
            if alias:
                spellings.append(alias)
            settings: dict[str, Any] = {"dest": _dest(kind, fmt.name, option.name), "default": None,
                                        "help": option.help}
            if option.type is bool:
                settings["action"] = "store_true"
            else:
                settings.update(type=option.type, metavar=option.name.upper())
                if option.choices:
                    settings.update(choices=option.choices, metavar="{" + ",".join(map(str, option.choices)) + "}")
            group.add_argument(*spellings, **settings)


def _dest(kind: str, name: str, option: str) -> str:
    return f"option:{kind}:{name}:{option}"


def given_options(args: argparse.Namespace, kind: str) -> dict[str, dict[str, Any]]:
    """The format options given on the command line: ``{format: {option: value}}``."""
    found: dict[str, dict[str, Any]] = {}
    for dest, value in vars(args).items():
        if dest.startswith(f"option:{kind}:") and value is not None and value is not False:  # 0 is a value
            _, _, name, option = dest.split(":")
            found.setdefault(name, {})[option] = value
    return found


def main(argv: Optional[Sequence[str]] = None) -> int:
    signal.signal(signal.SIGTERM, _terminate)
    try:
        args = parse_command_line(list(sys.argv[1:] if argv is None else argv))
        if args.command is None:
            raise UsageError("a command is required: parse, convert, validate or formats")
        status = COMMANDS[args.command](args)
        if sys.stdout is not None:
            sys.stdout.flush()  # a full disk behind stdout shows here, not as a message at exit
        return status
    except UsageError as err:
        _say(f"error: {err}")
        return EXIT_USAGE
    except NewsconvError as err:  # a format that cannot be loaded (a missing package, a broken plugin)
        _say(f"error: {err}")
        return EXIT_FAILED
    except KeyboardInterrupt:
        _say("interrupted; finished outputs are complete, none is partial")
        return 130
    except BrokenPipeError:
        return EXIT_FAILED
    except OSError as err:  # writing what a command prints (a full disk): one line, not a traceback
        _say(f"cannot write: {_reason(err)}")
        return EXIT_FAILED


def parse_command_line(argv: list[str]) -> argparse.Namespace:
    """The arguments, with flags for the options of the formats the command uses: every reader's for
    ``parse`` and ``convert``, and the writers' that ``--to`` names (all of them for ``--help``), so that a
    run imports no writer it does not use."""
    if "-h" in argv or "--help" in argv:
        return build_parser(_loadable(writers.REGISTRY), _loadable(readers.REGISTRY)).parse_args(argv)
    first, _ = build_parser().parse_known_args(argv)
    if first.command not in ("parse", "convert"):
        return build_parser().parse_args(argv)
    writer_names = _formats(first.to) if first.command == "convert" else []
    try:
        return build_parser(writer_names, _loadable(readers.REGISTRY)).parse_args(argv)
    except UsageError as err:
        raise UsageError(_option_hint(str(err), writer_names)) from None


def _loadable(registry: Any) -> list[str]:
    return [name for name, loaded in registry.loadable() if not isinstance(loaded, NewsconvError)]


def _option_hint(message: str, chosen: Sequence[str]) -> str:
    """``message``, and when it refuses a flag of a writer that ``--to`` does not name, which one."""
    if not message.startswith("unrecognized arguments:"):
        return message
    for name in _loadable(writers.REGISTRY):
        if name in chosen:
            continue
        for option in getattr(writers.get(name), "options", ()):
            for spelling in (option.flag(name), ALIASES.get(("writer", name, option.name))):
                if spelling and spelling in message.split():
                    return f"{spelling} is an option of the {name} writer, which --to does not name"
    return message


def _terminate(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _formats(spec: str) -> list[str]:
    names = writers.names()
    wanted = names if spec == "all" else [f.strip() for f in spec.split(",") if f.strip()]
    unknown = [f for f in wanted if f not in names]
    if unknown or not wanted:
        raise UsageError(f"unknown format {', '.join(unknown) or spec!r}; available: {', '.join(names)}, all")
    return list(dict.fromkeys(wanted))


def cmd_parse(args: argparse.Namespace) -> int:
    return _run_batch(args, ["json"])


def cmd_convert(args: argparse.Namespace) -> int:
    formats = args.formats = _formats(args.to)
    if args.bundle:
        return _run_bundle(args, formats)
    return _run_batch(args, formats)


def _run_batch(args: argparse.Namespace, formats: list[str]) -> int:
    patterns = tuple(args.glob or inputs.DEFAULT_PATTERNS)
    args.jobs = _jobs(args)
    check_only = getattr(args, "check", False)
    if check_only:
        if args.output:
            raise UsageError("--check writes nothing: leave out -o")
        formats = []
    elif args.output == "-":
        return _run_to_stdout(args, formats, patterns)
    elif not args.output:
        raise UsageError("an output directory is required: -o DIR (or -o - for one input to stdout)")
    _refuse_writing_over_inputs(args, patterns)
    found = inputs.Plan(args.inputs, None if check_only else Path(args.output), patterns)
    progress = _Progress(found, enabled=not args.quiet and sys.stderr.isatty())
    tally = _Tally()

    def seen(outcome: batch.Outcome) -> None:
        tally.add(outcome)
        progress.step()

    # Without --report only failures are kept: memory does not grow with the number of inputs.
    outcomes = batch.convert_many(found, formats, jobs=args.jobs, skip_existing=args.skip_existing,
                                  max_bytes=args.max_bytes, on_outcome=seen, keep=bool(args.report),
                                  choices=_choices(args))
    failures = batch.clashes(found)
    for failure in failures:
        tally.add(failure)
        progress.step()
    progress.close()
    if not found.found and not args.quiet:  # a mistyped folder or --glob should not pass unnoticed
        _say(f"warning: no inputs found (looked for {', '.join(patterns)})")
    return _finish(args, outcomes + failures, tally)


def _run_to_stdout(args: argparse.Namespace, formats: list[str], patterns: tuple[str, ...]) -> int:
    found = list(inputs.discover(args.inputs, patterns))
    if len(found) != 1 or len(formats) != 1:
        raise UsageError("-o - writes exactly one input in exactly one format to standard output")
    source = found[0][0]
    try:
        choices = _choices(args)
        document = batch.read_input(source, args.max_bytes, choices)
        data = writers.write_valid(document, formats[0], **choices.writer_options.get(formats[0], {}))
    except NewsconvError as err:
        _say(f"{err.at(source)}")
        return EXIT_FAILED
    return _to_stdout(data)


def _to_stdout(data: bytes) -> int:
    """Write ``data`` to standard output, all of it or a clear error (a full disk, a closed stream)."""
    if sys.stdout is None:
        _say("cannot write to standard output: it is closed")
        return EXIT_FAILED
    try:
        sys.stdout.flush()  # whatever was printed before comes first
        _write_stdout(data)
    except BrokenPipeError:
        raise  # the reader went away (| head): main() ends quietly
    except (OSError, ValueError) as err:  # ValueError: the stream was closed
        _say(f"cannot write to standard output: {_reason(err) if isinstance(err, OSError) else err}")
        return EXIT_FAILED
    return EXIT_OK


def _write_stdout(data: bytes) -> None:
    try:
        descriptor = sys.stdout.fileno()
    except (OSError, ValueError):  # a stream without a descriptor (one that captures output, say)
        stream = getattr(sys.stdout, "buffer", None)
        if stream is None:
            sys.stdout.write(data.decode("utf-8"))
        else:
            stream.write(data)
        sys.stdout.flush()
        return
    write_all(descriptor, data)  # all of it, or an error: the stream would let a short write pass


def _jobs(args: argparse.Namespace) -> int:
    """--jobs, at most one process per processor this one may run on: more only compete for them."""
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    usable = available_processors()
    if args.jobs > usable:
        if not args.quiet:
            _say(f"warning: --jobs {args.jobs} is more than the {usable} processors available; using {usable}")
        return usable
    return args.jobs


def available_processors() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on every system
        return os.cpu_count() or 1


def _refuse_writing_over_inputs(args: argparse.Namespace, patterns: Sequence[str]) -> None:
    """--report and --bundle name files newsconv writes: never one it reads."""
    for flag, path in (("--report", args.report), ("--bundle", getattr(args, "bundle", None))):
        if path and inputs.is_input(path, args.inputs, patterns):
            raise UsageError(f"{flag} {path} is one of the inputs; refusing to write over it")


def _choices(args: argparse.Namespace) -> batch.Choices:
    """The reader and the format options the command line gives (checked before any input is read)."""
    choices = batch.Choices(reader=args.reader, reader_options=given_options(args, "reader"),
                            writer_options=given_options(args, "writer"))
    try:
        batch.check_choices(getattr(args, "formats", []), choices)
    except NewsconvError as err:
        raise UsageError(str(err)) from None
    return choices


def _run_bundle(args: argparse.Namespace, formats: list[str]) -> int:
    if len(formats) != 1:
        raise UsageError("--bundle writes one file: give exactly one format with --to")
    choices = _choices(args)
    writer = writers.get(formats[0])
    if writer.write_bundle is None:
        raise UsageError(f"the {writer.name} writer cannot bundle several inputs into one file")
    bundle = writers.bundler(writer.name, **choices.writer_options.get(writer.name, {}))
    args.jobs = _jobs(args)
    patterns = tuple(args.glob or inputs.DEFAULT_PATTERNS)
    _refuse_writing_over_inputs(args, patterns)
    tasks = iter(inputs.Plan(args.inputs, None, patterns))
    first = next(tasks, None)
    if first is None:
        raise UsageError("no inputs found for the bundle")
    from .fileio import atomic_output

    read: list[str] = []  # the inputs, only for --report
    count = 0

    def counted() -> Iterator[inputs.Task]:
        nonlocal count
        for task in chain([first], tasks):
            count += 1
            if args.report:
                read.append(task.display)
            yield task

    failures: list[batch.Outcome] = []
    try:
        with atomic_output(args.bundle) as handle:
            bundle(batch.read_documents(counted(), failures, args.max_bytes, jobs=args.jobs, choices=choices), handle)
    except NewsconvError as err:
        _say(f"{err}")
        return EXIT_FAILED
    except OSError as err:  # a full or read-only disk: the temporary file is gone, the target untouched
        _say(f"cannot write {args.bundle}: {_reason(err)}")
        return EXIT_FAILED
    failed = {f.input for f in failures}
    done = [batch.Outcome(name, "converted", outputs=[args.bundle]) for name in read if name not in failed]
    tally = _Tally()
    for outcome in failures:
        tally.add(outcome)
    tally.counts["converted"] += count - len(failures)
    return _finish(args, done + failures, tally)


class _Tally:
    """Counts of outcomes, kept as they arrive."""

    def __init__(self) -> None:
        self.counts = {"converted": 0, "skipped": 0, "failed": 0, "warnings": 0}

    def add(self, outcome: batch.Outcome) -> None:
        self.counts[outcome.status] += 1
        self.counts["warnings"] += len(outcome.warnings)


def _finish(args: argparse.Namespace, outcomes: list[batch.Outcome], tally: _Tally) -> int:
    """Print failures and the summary, write the report; ``outcomes`` holds every input with --report,
    else only the failures."""
    failed = [o for o in outcomes if o.status == "failed"]
    for outcome in failed:
        _say(f"{outcome.error}")
    counts = tally.counts
    written = True
    if args.report:
        report = {"inputs": [o.as_dict() for o in outcomes], "summary": counts}
        written = _write_report(args.report, (json.dumps(report, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    if not args.quiet:
        _say(f"{counts['converted']} converted, {counts['skipped']} skipped, {counts['failed']} failed, "
             f"{counts['warnings']} warnings")
    return EXIT_FAILED if counts["failed"] or not written else EXIT_OK


def _write_report(path: str, data: bytes) -> bool:
    """Write a report; on a full or read-only disk say so and return False."""
    try:
        write_atomic(path, data)
    except OSError as err:
        _say(f"cannot write the report {path}: {_reason(err)}")
        return False
    return True


def _reason(err: OSError) -> str:
    return err.strerror or str(err)


class _Progress:
    """A one-line counter on a terminal; silent when output is piped or logged."""

    def __init__(self, found: inputs.Plan, enabled: bool) -> None:
        self.found, self.done, self.enabled = found, 0, enabled

    def step(self) -> None:
        self.done += 1
        if self.enabled and self.done % 25 == 0:
            self.show()

    def show(self) -> None:
        # The search goes on while the first inputs are converted: "+" until the total is known.
        more = "" if self.found.complete else "+"
        print(f"\r{self.done}/{self.found.found}{more} inputs", end="", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.enabled and self.done > 1:
            self.show()
            print(file=sys.stderr)


def cmd_validate(args: argparse.Namespace) -> int:
    from . import checks
    from .checks import report

    schemas = checks.schemas_folder(args.schemas)
    if schemas is not None and not schemas.is_dir():
        raise UsageError(f"--schemas {schemas}: no such directory")
    files = list(checks.expand(args.files))
    if not files:
        raise UsageError("no files to validate")
    if args.report and inputs.is_input(args.report, files):
        raise UsageError(f"--report {args.report} is one of the files to validate; refusing to write over it")
    results = checks.check_paths(files, checks.Options(schemas=schemas, epubcheck=not args.no_epubcheck,
                                                          max_bytes=args.max_bytes))
    output = report.FORMATS[args.format](results, args.strict)
    written = _write_report(args.report, output.encode("utf-8")) if args.report else \
        _to_stdout(output.encode("utf-8")) == EXIT_OK
    counts = report.summary(results, args.strict)
    _say(f"{counts['passed']} passed, {counts['failed']} failed, {counts['skipped_checks']} checks skipped")
    return EXIT_FAILED if counts["failed"] or not written else EXIT_OK


def cmd_formats(args: argparse.Namespace) -> int:
    found = {kind: list(registry.loadable()) for kind, registry in (("readers", readers.REGISTRY),
                                                                   ("writers", writers.REGISTRY))}
    broken = [error for entries in found.values() for _, error in entries if isinstance(error, NewsconvError)]
    usable = {kind: [fmt for _, fmt in entries if not isinstance(fmt, NewsconvError)] for kind, entries in found.items()}
    if args.json:
        listing = {kind: [fmt.describe() for fmt in formats] for kind, formats in usable.items()}
        print(json.dumps(listing, indent=2, ensure_ascii=False))
    else:
        print("readers:")
        for reader in usable["readers"]:
            print(f"  {reader.name:10} {' '.join(reader.extensions) or '-':14} {reader.description}")
            _print_options(reader.name, reader.options)
        print("writers:")
        for writer in usable["writers"]:
            print(f"  {writer.name:10} {writer.extension:14} {writer.description}")
            _print_options(writer.name, getattr(writer, "options", ()))
    for error in broken:
        _say(f"warning: {error}")
    return EXIT_OK


def _print_options(name: str, declared: Sequence[Option]) -> None:
    for option in declared:
        choices = f" {{{','.join(map(str, option.choices))}}}" if option.choices else ""
        print(f"  {'':10} {option.flag(name)}{choices}: {option.help}")


COMMANDS = {"parse": cmd_parse, "convert": cmd_convert, "validate": cmd_validate, "formats": cmd_formats}
