"""The README documents every setting and every command of the command line."""
import argparse

from core import settings
from core.cli import parser

from conftest import ROOT

README = (ROOT / "README.md").read_text()


def test_every_setting_is_documented_with_its_default():
    for setting in settings.ALL:
        row = next((line for line in README.splitlines()
                    if line.startswith(f"| `{setting.env}`")), None)
        assert row is not None, f"{setting.env} is not in README's settings table"
        assert f"`{setting.default}`" in row


def test_every_command_is_documented():
    sub = next(a for a in parser()._actions if isinstance(a, argparse._SubParsersAction))
    for command in sub.choices:
        assert f"| `{command}" in README, f"command {command!r} is not in README"


def test_readme_shows_the_two_commands():
    assert "make run" in README and "make test" in README
