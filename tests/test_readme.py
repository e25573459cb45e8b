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
