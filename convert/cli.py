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
import time
from pathlib import Path
from itertools import chain
from typing import Any, Callable, Optional, Sequence

from . import __version__, batch, distributed, inputs, readers, stores, writers
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
        p.add_argument("inputs", nargs="*", metavar="INPUT", help="capture files, directories (searched "
                       "recursively), intermediate JSON or newsconv Markdown; - reads standard input, as does "
                       "giving no input when standard input is not a terminal")
        p.add_argument("-o", "--output", metavar="DIR|FILE",
                       help="output folder; a file name for one input in one format; - writes that file to "
                            "standard output")
        p.add_argument("--glob", action="append", metavar="PATTERN",
                       help="file pattern used inside directories (default: every extension a reader takes, but "
                            "JSON; repeatable)")
        p.add_argument("-j", "--jobs", type=int, default=available_processors(),
                       help="parallel processes (default and most: the processors available)")
        p.add_argument("--skip-existing", action="store_true", help="leave inputs whose outputs all exist")
        p.add_argument("--engine", choices=("local", "dask"), default="local",
                       help="local: processes on this machine (default); dask: a Dask cluster, which also reads "
                            "and writes URLs (s3://, gs://, file://...); needs newsconv[dask]")
        p.add_argument("--scheduler", metavar="ADDRESS", help="with --engine dask, the scheduler of a running "
                       "cluster (tcp://host:8786); without it, --jobs worker processes on this machine")
        p.add_argument("--report", metavar="FILE.json", help="write a per-input report as JSON")
        talk = p.add_mutually_exclusive_group()
        talk.add_argument("-q", "--quiet", action="store_true", help="no progress, no warnings and no summary "
                          "(failures are still said)")
        talk.add_argument("-v", "--verbose", action="store_true", help="also say what became of each input")
        p.add_argument("--allow-empty", action="store_true", help="finding no inputs is not a failure")
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
    p_validate.add_argument("files", nargs="*", metavar="FILE", help="files, directories (recursive) or globs; "
                            "- reads standard input, as does giving none when standard input is not a terminal")
    p_validate.add_argument("--schemas", metavar="DIR", help="folder of official schemas (newsml-g2/, jats/); "
                            "default: $NEWSCONV_SCHEMAS, else those `newsconv schemas install` installed")
    p_validate.add_argument("--strict", action="store_true", help="a check that could not run is a failure")
    p_validate.add_argument("--format", choices=("text", "json", "junit", "github"), default="text",
                            help="report format (default: text)")
    p_validate.add_argument("--report", metavar="FILE", help="write the report to FILE instead of stdout")
    p_validate.add_argument("--no-epubcheck", action="store_true", help="do not run EPUBCheck on EPUB files")
    p_validate.add_argument("--max-bytes", type=int, default=readers.DEFAULT_MAX_BYTES,
                            help="report larger files without reading them")
    p_validate.add_argument("-j", "--jobs", type=int, default=available_processors(),
                            help="parallel processes (default and most: the processors available)")
    p_validate.add_argument("-q", "--quiet", action="store_true", help="no progress, notes or summary on "
                            "standard error (the report is still written)")
    p_schemas = sub.add_parser("schemas", help="install the official NewsML-G2 and JATS schemas validate uses")
    schemas_sub = p_schemas.add_subparsers(dest="schemas_command", metavar="ACTION", parser_class=_Parser)
    p_install = schemas_sub.add_parser("install", help="download the official schemas from their publishers "
                                                       "(IPTC, NLM), check them and install them")
    p_install.add_argument("--dir", metavar="DIR", help="install there instead of newsconv's data folder "
                           "(then give validate --schemas DIR)")
    p_install.add_argument("--from", dest="mirror", metavar="URL|FOLDER",
                           help="a mirror laid out as the installed folder (newsml-g2/, jats/), for machines "
                                "without internet; every file is still checked against its pinned SHA-256")
    p_install.add_argument("-q", "--quiet", action="store_true", help="say nothing unless it fails")
    schemas_sub.add_parser("path", help="print the folder validate takes official schemas from")
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
    _BROKEN.clear()
    try:
        args = parse_command_line(list(sys.argv[1:] if argv is None else argv))
        if args.command is None:
            raise UsageError("a command is required: parse, convert, validate, formats or schemas")
        _report_broken_plugins(args)
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
    except _Terminated:
        _say("terminated; finished outputs are complete, none is partial")
        return EXIT_TERMINATED
    except KeyboardInterrupt:
        _say("interrupted; finished outputs are complete, none is partial")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_FAILED
    except OSError as err:  # writing what a command prints (a full disk): one line, not a traceback
        _say(f"cannot write: {_reason(err)}")
        return EXIT_FAILED


# 128 + the signal's number, as shells report a command a signal ended.
EXIT_INTERRUPTED, EXIT_TERMINATED = 128 + signal.SIGINT, 128 + signal.SIGTERM


class _Terminated(KeyboardInterrupt):
    """SIGTERM: unwinds as Ctrl-C does (every temporary file removed), and exits 143, not 130."""


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


# Plugins that failed to load in this run, by kind and name: each is said once, as a warning.
_BROKEN: dict[tuple[str, str], NewsconvError] = {}


def _loadable(registry: Any) -> list[str]:
    """The names of the formats that load; the others are noted, to be said once as warnings."""
    names = []
    for name, loaded in registry.loadable():
        if isinstance(loaded, NewsconvError):
            _BROKEN[(registry.kind, name)] = loaded
        else:
            names.append(name)
    return names


def _report_broken_plugins(args: argparse.Namespace) -> None:
    if getattr(args, "quiet", False) or args.command in ("formats", "schemas", "validate"):
        return  # formats lists them itself
    for (kind, name), error in _BROKEN.items():
        _say(f"warning: {error}; left out")


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
    raise _Terminated


def _formats(spec: str) -> list[str]:
    """The writers ``--to`` names; ``all`` is every writer that loads (a broken plugin is left out, with a
    warning, rather than taking the others down)."""
    names = writers.names()
    wanted = [f.strip() for f in spec.split(",") if f.strip()]
    if "all" in wanted:
        if len(wanted) > 1:
            raise UsageError(f"--to {spec}: all already names every format; give all alone, or a list of "
                             f"formats from: {', '.join(names)}")
        return _loadable(writers.REGISTRY)
    unknown = [f for f in wanted if f not in names]
    if unknown or not wanted:
        raise UsageError(f"unknown format {', '.join(unknown) or spec!r}; available: {', '.join(names)} "
                         "(or all, alone)")
    return list(dict.fromkeys(wanted))


def cmd_parse(args: argparse.Namespace) -> int:
    return _run_batch(args, ["json"])


def cmd_convert(args: argparse.Namespace) -> int:
    formats = args.formats = _formats(args.to)
    if args.bundle:
        return _run_bundle(args, formats)
    return _run_batch(args, formats)


def _stdin_is_piped() -> bool:
    """Whether standard input is there to be read: open, and not a terminal someone would have to type into."""
    stream = sys.stdin
    if stream is None:
        return False
    try:
        return not stream.isatty()
    except (ValueError, AttributeError):  # closed
        return False


def _given_inputs(given: list[str], what: str) -> list[str]:
    """The inputs named; with none, standard input when something is piped into it (as pandoc does)."""
    if given:
        return given
    if _stdin_is_piped():
        return [inputs.STDIN]
    raise UsageError(f"no {what} given: name files or folders, or pipe one into standard input")


def _run_batch(args: argparse.Namespace, formats: list[str]) -> int:
    args.inputs = _given_inputs(args.inputs, "input")
    patterns = tuple(args.glob or inputs.DEFAULT_PATTERNS)
    check_only = getattr(args, "check", False)
    on_cluster = _engine(args, check_only)
    if check_only:
        if args.output:
            raise UsageError("--check writes nothing: leave out -o")
        formats = []
    elif not args.output:
        raise UsageError("an output folder is required: -o DIR (or -o FILE, or -o - for one input in one format)")
    else:
        single = None if on_cluster and stores.is_url(args.output) else _single_output(args, formats)
        if single is not None and on_cluster:
            raise UsageError(f"-o {args.output}: the dask engine writes into a folder; give one")
        if single is not None:
            return _run_single(args, formats, patterns, single)
    args.jobs = _jobs(args)
    _refuse_writing_over_inputs(args, patterns)
    choices = _choices(args)
    if on_cluster:
        distributed.require()
        found: Any = distributed.Tasks(args.inputs, args.output, patterns)
    else:
        found = inputs.Plan(args.inputs, None if check_only else Path(args.output), patterns)
    progress = _Progress(found, enabled=not args.quiet and _is_terminal(sys.stderr))
    tally = _Tally()

    def seen(outcome: batch.Outcome) -> None:
        tally.add(outcome)
        progress.step()
        _tell(args, outcome, progress)

    # Without --report only failures are kept: memory does not grow with the number of inputs.
    if on_cluster:
        try:
            with distributed.cluster(args.scheduler, args.jobs) as client:
                outcomes = distributed.convert_tasks(client, found, formats, skip_existing=args.skip_existing,
                                                     max_bytes=args.max_bytes, on_outcome=seen,
                                                     keep=bool(args.report), choices=choices)
        finally:
            distributed.remove_leftovers(found)  # also those of workers the cluster's stop ended
    else:
        outcomes = batch.convert_many(found, formats, jobs=args.jobs, skip_existing=args.skip_existing,
                                      max_bytes=args.max_bytes, on_outcome=seen, keep=bool(args.report),
                                      choices=choices)
    failures = batch.clashes(found)
    for failure in failures:
        tally.add(failure)
        progress.step()
    progress.close()
    empty = not found.found and not failures
    if empty and not args.allow_empty:  # a mistyped folder or --glob must not pass unnoticed
        _say(f"error: no inputs found (looked for {', '.join(patterns)}); --allow-empty lets a run find none")
    return _finish(args, outcomes + failures, tally, empty_fails=empty and not args.allow_empty)


def _engine(args: argparse.Namespace, check_only: bool) -> bool:
    """Whether the batch runs on a Dask cluster; refuses what only the local engine does (and URLs there)."""
    urls = [name for name in args.inputs + [args.output or ""] if stores.is_url(name)]
    if args.engine != "dask":
        if args.scheduler:
            raise UsageError("--scheduler names a Dask cluster: give --engine dask too")
        if urls:
            raise UsageError(f"{urls[0]}: inputs and outputs given as URLs need --engine dask")
        return False
    if check_only:
        raise UsageError("--check runs on this machine: leave out --engine dask")
    if inputs.STDIN in args.inputs:
        raise UsageError("the dask engine cannot read standard input: name files, folders or URLs")
    return True


def _tell(args: argparse.Namespace, outcome: batch.Outcome, progress: Optional["_Progress"] = None) -> None:
    """The warnings of one input as they come (unless -q), and with -v what became of it."""
    if args.quiet or not (outcome.warnings or args.verbose):
        return
    if progress is not None:
        progress.clear()
    for line in outcome.warnings:
        _print_err(line)
    if args.verbose and outcome.status != "failed":
        outputs = f": {', '.join(outcome.outputs)}" if outcome.outputs else ""
        _say(f"{outcome.input}: {outcome.status}{outputs}")


def _print_err(line: str) -> None:
    print(_CONTROL.sub(lambda found: repr(found.group())[1:-1], line), file=sys.stderr)


def _is_terminal(stream: Any) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (ValueError, AttributeError):
        return False


# The part of an output name that says it is a file, not a folder ("story.xml", "book.epub").
def _file_like(name: str, formats: Sequence[str]) -> bool:
    suffixes = {writers.get(fmt).extension for fmt in formats} | {".json", ".xml", ".epub", ".md"}
    lowered = name.lower()
    last = {"." + suffix.rsplit(".", 1)[-1].lower() for suffix in suffixes if "." in suffix}
    return any(lowered.endswith(suffix) and lowered != suffix for suffix in last if suffix != ".")


def _single_output(args: argparse.Namespace, formats: list[str]) -> Optional[str]:
    """Where one input in one format goes when ``-o`` names a file (or ``-`` for standard output), else None
    (``-o`` names a folder). Checked before any work: an ``-o`` that cannot be what the run needs is one
    usage error."""
    output = args.output
    one = len(args.inputs) == 1 and (args.inputs[0] == inputs.STDIN or not os.path.isdir(args.inputs[0])) \
        and len(formats) == 1
    if output == "-":
        if len(formats) != 1:
            raise UsageError("-o - writes exactly one input in exactly one format to standard output")
        return output
    if os.path.isdir(output):
        return None
    exists = os.path.lexists(output)
    if one and (exists or _file_like(os.path.basename(output), formats)):
        return output
    many = "several formats" if len(formats) > 1 else "several inputs"
    if exists:
        raise UsageError(f"-o {output} is a file, not a folder: this run writes {many}, which go into a folder "
                         "(-o names a file only for one input in one format)")
    if _file_like(os.path.basename(output), formats):
        raise UsageError(f"-o {output} looks like a file name, but this run writes {many}: give a folder")
    return None


def _run_single(args: argparse.Namespace, formats: list[str], patterns: tuple[str, ...], output: str) -> int:
    """One input in one format to the file ``output`` (``-``: standard output), as pandoc's ``-o FILE``."""
    if args.skip_existing and output == "-":
        raise UsageError("--skip-existing needs outputs on disk: it cannot be used with -o -")
    to_terminal = output == "-" and _is_terminal(sys.stdout)
    if to_terminal and formats[0] in BINARY:
        raise UsageError(f"refusing to write {formats[0].upper()} (binary) to a terminal: give -o FILE, or "
                         "redirect standard output to a file or a pipe")
    try:
        found = list(inputs.discover(args.inputs, patterns))
    except inputs.UnreadableFolder as err:
        _say(str(err))
        return EXIT_FAILED
    if len(found) != 1:
        what = "-o -" if output == "-" else f"-o {output} (a file)"
        raise UsageError(f"{what} takes exactly one input in exactly one format; found {len(found)} inputs")
    source = found[0][0]
    display = "stdin" if source == inputs.STDIN else source
    if output != "-" and inputs.is_input(output, args.inputs, patterns):
        raise UsageError(f"-o {output} is the input; refusing to write over it")
    choices = _choices(args)
    outcome = batch.Outcome(display, "converted")
    tally = _Tally()
    if args.skip_existing and os.path.exists(output):
        outcome.status, outcome.outputs = "skipped", [output]
        tally.add(outcome)
        return _finish(args, [outcome], tally)
    try:
        with batch._caught(outcome, display, "reader"):
            document = batch.read_input(source, args.max_bytes, choices)
        outcome.warnings.extend(batch.document_warnings(document, display))
        with batch._caught(outcome, display, formats[0]):
            data = writers.write_valid(document, formats[0], **choices.writer_options.get(formats[0], {}))
    except NewsconvError as err:
        outcome.status, outcome.error = "failed", str(err.at(display))
    except (MemoryError, RecursionError, ValueError) as err:
        outcome.status, outcome.error = "failed", f"{display}: {batch.reason(err)}"
    _tell(args, outcome)
    if outcome.status == "failed":
        tally.add(outcome)
        return _finish(args, [outcome], tally)
    if output == "-":
        if to_terminal and _binary(data):
            raise UsageError(f"refusing to write {formats[0]} output (binary) to a terminal: give -o FILE, or "
                             "redirect standard output")
        status = _to_stdout(data)
        if status != EXIT_OK:
            return status
    else:
        try:
            write_atomic(output, data)
        except OSError as err:
            outcome.status, outcome.error = "failed", f"{display}: {batch.reason(err)}"
        else:
            outcome.outputs.append(output)
    tally.add(outcome)
    return _finish(args, [outcome], tally)


# Writers whose output is not text: never written to a terminal.
BINARY = ("epub",)


def _binary(data: bytes) -> bool:
    if b"\0" in data[:8192]:
        return True
    try:
        data[:8192].decode("utf-8")
    except UnicodeDecodeError as err:
        return err.start < 8192 - 4  # a character cut at the end of the look is not binary
    return False


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
    """--jobs, at most one process per processor this one may run on: more only compete for them
    (the batch cuts it down further to the number of inputs)."""
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
    if args.output:
        raise UsageError("--bundle FILE names the one output: leave out -o")
    if args.skip_existing:
        raise UsageError("--skip-existing leaves inputs whose outputs exist; a bundle is one output written "
                         "whole: leave out one of them")
    if args.engine != "local" or args.scheduler:
        raise UsageError("--bundle is written on this machine: leave out --engine dask and --scheduler")
    if len(formats) != 1:
        raise UsageError("--bundle writes one file: give exactly one format with --to")
    args.inputs = _given_inputs(args.inputs, "input")
    choices = _choices(args)
    writer = writers.get(formats[0])
    if writer.write_bundle is None:
        raise UsageError(f"the {writer.name} writer cannot bundle several inputs into one file")
    bundle = writers.bundler(writer.name, **choices.writer_options.get(writer.name, {}))
    args.jobs = _jobs(args)
    patterns = tuple(args.glob or inputs.DEFAULT_PATTERNS)
    _refuse_writing_over_inputs(args, patterns)
    found = inputs.Plan(args.inputs, None, patterns)
    tasks = iter(found)
    first = next(tasks, None)
    if first is None:
        failures = batch.clashes(found)
        tally = _Tally()
        for failure in failures:
            tally.add(failure)
        if failures:
            return _finish(args, failures, tally)
        if args.allow_empty:
            if args.verbose:
                _say(f"no inputs found (looked for {', '.join(patterns)}); {args.bundle} not written")
            return EXIT_OK
        _say(f"error: no inputs found for the bundle (looked for {', '.join(patterns)}); nothing written")
        return EXIT_FAILED
    from .fileio import atomic_output

    tally = _Tally()
    read: list[batch.Outcome] = []  # every input, only for --report

    def seen(outcome: batch.Outcome) -> None:
        tally.add(outcome)
        _tell(args, outcome)
        if args.report:
            read.append(outcome)

    failures: list[batch.Outcome] = []
    written = batch.Outcome(args.bundle, "converted")
    try:
        with atomic_output(args.bundle) as handle, batch._caught(written, args.bundle, writer.name):
            bundle(batch.read_documents(chain([first], tasks), failures, args.max_bytes, jobs=args.jobs,
                                        choices=choices, on_read=seen), handle)
    except NewsconvError as err:
        _say(f"{err}")
        return EXIT_FAILED
    except OSError as err:  # a full or read-only disk: the temporary file is gone, the target untouched
        _say(f"cannot write {args.bundle}: {_reason(err)}")
        return EXIT_FAILED
    for failure in batch.clashes(found):
        failures.append(failure)
        seen(failure)
    # What the writer noticed while writing the bundle counts as it would for each input.
    tally.counts["warnings"] += len(written.warnings)
    if not args.quiet:
        for line in written.warnings:
            _print_err(line)
    for outcome in read:
        if outcome.status != "failed":
            outcome.outputs = [args.bundle]
    if read and written.warnings:
        read[-1].warnings.extend(written.warnings)
    return _finish(args, read if args.report else failures, tally)


class _Tally:
    """Counts of outcomes, kept as they arrive."""

    def __init__(self) -> None:
        self.counts = {"converted": 0, "skipped": 0, "failed": 0, "warnings": 0}

    def add(self, outcome: batch.Outcome) -> None:
        self.counts[outcome.status] += 1
        self.counts["warnings"] += len(outcome.warnings)


def _finish(args: argparse.Namespace, outcomes: list[batch.Outcome], tally: _Tally, empty_fails: bool = False) -> int:
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
    return EXIT_FAILED if counts["failed"] or not written or empty_fails else EXIT_OK


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

    def __init__(self, found: Any, enabled: bool, noun: str = "inputs",
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.found, self.done, self.enabled, self.noun = found, 0, enabled, noun
        self.shown = False
        self.clock, self.started = clock, clock()

    def step(self) -> None:
        self.done += 1
        if self.enabled and self.done % 25 == 0:
            self.show()

    def show(self) -> None:
        # The search goes on while the first inputs are converted: "+" until the total is known.
        more = "" if getattr(self.found, "complete", True) else "+"
        total = self.found.found if hasattr(self.found, "found") else self.found
        elapsed = self.clock() - self.started
        rate = f", {self.done / elapsed:,.0f}/s" if elapsed >= 1 else ""  # a rate over less than a second says little
        print(f"\r{self.done}/{total}{more} {self.noun}{rate}\033[K", end="", file=sys.stderr, flush=True)
        self.shown = True

    def clear(self) -> None:
        """Take the counter off its line, so that a message printed next starts a clean line."""
        if self.enabled and self.shown:
            print("\r\033[K", end="", file=sys.stderr, flush=True)
            self.shown = False

    def close(self) -> None:
        if self.enabled and self.done > 1:
            self.show()
            print(file=sys.stderr)


def cmd_validate(args: argparse.Namespace) -> int:
    from . import checks
    from .checks import report

    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    schemas = checks.schemas_folder(args.schemas)
    if args.schemas is not None and not schemas.is_dir():  # type: ignore[union-attr]
        raise UsageError(f"--schemas {args.schemas}: no such directory")
    if schemas is not None and not schemas.is_dir():
        raise UsageError(f"${checks.SCHEMAS_ENV} {schemas}: no such directory")
    given = _given_inputs(args.files, "file to validate")
    files = list(checks.expand(given))
    if not files:
        raise UsageError("no files to validate")
    if args.report and inputs.is_input(args.report, [f for f in files if f != inputs.STDIN]):
        raise UsageError(f"--report {args.report} is one of the files to validate; refusing to write over it")
    progress = _Progress(len(files), enabled=not args.quiet and _is_terminal(sys.stderr), noun="files")
    results = checks.check_paths(files, checks.Options(schemas=schemas, epubcheck=not args.no_epubcheck,
                                                       max_bytes=args.max_bytes),
                                 jobs=min(args.jobs, available_processors()), on_result=lambda _: progress.step())
    progress.close()
    output = report.FORMATS[args.format](results, args.strict)
    written = _write_report(args.report, output.encode("utf-8")) if args.report else \
        _to_stdout(output.encode("utf-8")) == EXIT_OK
    counts = report.summary(results, args.strict)
    if not args.quiet:
        for note in report.notes(results, args.strict):
            _say(f"note: {note}")
        _say(f"{counts['passed']} passed, {counts['failed']} failed, {counts['skipped_checks']} checks skipped")
    return EXIT_FAILED if counts["failed"] or not written else EXIT_OK


def cmd_formats(args: argparse.Namespace) -> int:
    found = {kind: list(registry.loadable()) for kind, registry in (("readers", readers.REGISTRY),
                                                                   ("writers", writers.REGISTRY))}
    broken = [error for entries in found.values() for _, error in entries if isinstance(error, NewsconvError)]
    usable: dict[str, list[Any]] = {kind: [] for kind in found}
    listing: dict[str, list[Any]] = {kind: [] for kind in found}
    for kind, entries in found.items():
        for name, fmt in entries:
            if isinstance(fmt, NewsconvError):
                continue
            try:  # a plugin's own describe() may fail: it is left out, the others are listed
                listing[kind].append(fmt.describe() if args.json else _describe_line(kind, fmt))
                usable[kind].append(fmt)
            except Exception as err:
                broken.append(NewsconvError(f"the {kind[:-1]} plugin {name!r} cannot be listed: {err}"))
    if args.json:
        print(json.dumps(listing, indent=2, ensure_ascii=False))
    else:
        for kind in ("readers", "writers"):
            print(f"{kind}:")
            for lines in listing[kind]:
                print(lines)
    for error in broken:
        _say(f"warning: {error}; left out")
    return EXIT_OK


def _describe_line(kind: str, fmt: Any) -> str:
    if kind == "readers":
        lines = [f"  {fmt.name:10} {' '.join(fmt.extensions) or '-':14} {fmt.description}"]
    else:
        lines = [f"  {fmt.name:10} {fmt.extension:14} {fmt.description}"]
    for option in getattr(fmt, "options", ()):
        choices = f" {{{','.join(map(str, option.choices))}}}" if option.choices else ""
        lines.append(f"  {'':10} {option.flag(fmt.name)}{choices}: {option.help}")
    return "\n".join(lines)


def cmd_schemas(args: argparse.Namespace) -> int:
    from . import official_schemas

    if args.schemas_command == "path":
        print(official_schemas.data_folder())
        return EXIT_OK
    if args.schemas_command != "install":
        raise UsageError("an action is required: newsconv schemas install (or path)")
    target = Path(args.dir) if args.dir else official_schemas.data_folder()
    say = (lambda message: None) if args.quiet else (lambda message: _say(message))
    try:
        official_schemas.install(target, mirror=args.mirror, say=say)
    except official_schemas.InstallError as err:
        _say(f"error: {err}")
        return EXIT_FAILED
    if not args.quiet:
        hint = "" if not args.dir else f" (give validate --schemas {args.dir}, or set ${SCHEMAS_HINT})"
        _say(f"installed the official schemas in {target}{hint}")
    return EXIT_OK


SCHEMAS_HINT = "NEWSCONV_SCHEMAS"

COMMANDS = {"parse": cmd_parse, "convert": cmd_convert, "validate": cmd_validate, "formats": cmd_formats,
            "schemas": cmd_schemas}
