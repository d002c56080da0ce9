"""What a wheel needs: every reference file and dashboard file matched by the
package data, and the project's Streamlit settings passed on as flags. (The
wheel itself is built, installed and run by .ci/wheel-check.)"""
import fnmatch
import tomllib

from core.dashboard import app_path, streamlit_flags

from conftest import ROOT


def _setuptools():
    with open(ROOT / "pyproject.toml", "rb") as handle:
        return tomllib.load(handle)["tool"]["setuptools"]


def test_every_reference_file_ships_in_the_wheel():
    patterns = _setuptools()["package-data"]["core.refdata"]
    tracked = [p.name for p in (ROOT / "data").iterdir()
               if p.is_file() and not p.name.startswith(("tracker.db", "."))]
    missing = [name for name in tracked if not any(fnmatch.fnmatch(name, p) for p in patterns)]
    assert tracked and missing == []


def test_every_page_ships_in_the_wheel():
    config = _setuptools()
    assert config["package-dir"]["dashboard.pages"] == "pages"
    assert {"dashboard", "dashboard.pages", "ui"} <= set(config["packages"])
    assert app_path() == ROOT / "app.py"


def test_streamlit_settings_become_command_line_flags(tmp_path):
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text(
        '[server]\nheadless = true\nport = 8600\n[theme]\nbase = "light"\n'
        '[theme.sidebar]\nbackgroundColor = "#fff"\n')
    assert streamlit_flags(tmp_path) == [
        "--server.headless=true", "--server.port=8600", "--theme.base=light",
        "--theme.sidebar.backgroundColor=#fff"]
    assert streamlit_flags(tmp_path / "nowhere") == []
