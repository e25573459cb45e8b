"""Options declared by a format: checked as keywords, turned into command-line flags."""

import pytest

from convert.cli import build_parser, given_options
from convert.errors import NewsconvError
from convert.options import Option, resolve

DECLARED = (Option("group_by", "grouping", choices=("a", "b")), Option("limit", "how many", type=int, default=3),
            Option("strict", "be strict", type=bool, default=False))


def test_resolve_keeps_only_what_was_given():
    assert resolve(DECLARED, {}, "the x writer") == {}
    assert resolve(DECLARED, {"group_by": "b", "limit": 9}, "the x writer") == {"group_by": "b", "limit": 9}


def test_resolve_refuses_unknown_names_and_values():
    with pytest.raises(NewsconvError, match="the x writer has no option 'limits' \\(its options: group_by, limit, "
                                            "strict\\)"):
        resolve(DECLARED, {"limits": 1}, "the x writer")
    with pytest.raises(NewsconvError, match="option 'group_by' must be one of a, b, not 'c'"):
        resolve(DECLARED, {"group_by": "c"}, "the x writer")


def test_flag_name():
    assert DECLARED[0].flag("epub") == "--epub-group-by"


def test_the_command_line_makes_flags_of_the_declared_options():
    args = build_parser(["epub"], ["capture"]).parse_args(
        ["convert", "in.txt", "--to", "epub", "-o", "out", "--epub-group-by", "date", "--capture-layout", "generic"])
    assert given_options(args, "writer") == {"epub": {"group_by": "date"}}
    assert given_options(args, "reader") == {"capture": {"layout": "generic"}}


def test_the_old_spelling_still_works():
    args = build_parser(["epub"], []).parse_args(["convert", "in", "--to", "epub", "--bundle", "b.epub",
                                                  "--group-by", "none"])
    assert given_options(args, "writer") == {"epub": {"group_by": "none"}}
