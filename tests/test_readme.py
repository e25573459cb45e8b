"""README.md opens with the two set-up commands, and they name things that exist."""

import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")


def command(marker):
    match = re.search(rf"<!-- {marker} -->\s*```sh\n(.+?)\n```", README, re.S)
    assert match, f"README.md has no command after <!-- {marker} -->"
    return match.group(1)


def test_readme_opens_with_the_main_and_test_commands():
    first_block = README.index("```sh")
    assert README.index("<!-- main-command -->") < first_block
    assert README.index("<!-- test-command -->") < README.index("```sh", first_block + 1)


def test_main_command_converts_a_bundled_sample():
    main = command("main-command")
    sample = re.search(r"(samples/\S+\.txt)", main).group(1)
    assert (REPO / sample).is_file()
    assert "pip install ." in main and "--to all" in main


def test_ci_runs_the_readme_test_command():
    assert "python -m pytest" in command("test-command")
    assert "test-command" in (REPO / ".ci" / "run").read_text(encoding="utf-8")


# -- the README for a newcomer --------------------------------------------------------------------------

DOCS = REPO / "docs"


def test_readme_is_short_and_keeps_reference_material_in_docs():
    assert len(README.encode("utf-8")) < 12_000
    for moved in ("performance.md", "security.md", "accuracy.md", "command-line.md", "intermediate.md"):
        assert (DOCS / moved).is_file() and f"docs/{moved}" in README, moved
    assert "ms per capture" not in README and "zip bomb" not in README  # benchmarks, hostile input: in docs/


def test_readme_links_resolve():
    for target in re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", README):
        if not target.startswith(("http://", "https://")):
            assert (REPO / target).exists(), target
    for page in DOCS.glob("*.md"):
        for target in re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", page.read_text(encoding="utf-8")):
            if not target.startswith(("http://", "https://")):
                assert (page.parent / target).exists(), (page.name, target)


def test_readme_says_what_the_first_command_wrote(tmp_path):
    from convert.cli import main

    listed = re.search(r"<!-- first-command-outputs -->\s*```\n(.+?)\n```", README, re.S).group(1)
    names = sorted(line.split()[0] for line in listed.splitlines())
    sample = re.search(r"(samples/\S+\.txt)", command("main-command")).group(1)
    assert main(["convert", str(REPO / sample), "--to", "all", "-o", str(tmp_path / "out"), "-q"]) == 0
    assert names == sorted(f"out/{p.name}" for p in (tmp_path / "out").iterdir())


def test_readme_covers_warnings_official_schemas_ci_and_pre_commit_concretely():
    assert "warning [truncated]" in README and "-q" in README and "-v" in README
    assert "newsconv schemas install" in README and "--from" in README
    workflow = re.search(r"```yaml\n# \.github/workflows/.+?```", README, re.S).group(0)
    assert "OWNER" not in workflow and "path/to" not in workflow and "newsconv schemas install" in workflow
    pre_commit = re.search(r"```yaml\n# \.pre-commit-config\.yaml.+?```", README, re.S).group(0)
    assert "repo: local" in pre_commit and "rev:" not in pre_commit  # no tag that does not exist
    assert "pandoc -f markdown" in README and "commonmark_x" in README
