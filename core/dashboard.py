"""Where the dashboard lives and how Streamlit is told its settings, so
`python -m core dashboard` serves the same dashboard from a checkout and from
an installed wheel.

In a checkout the dashboard is app.py and pages/ at the top; a wheel installs
them as the package `dashboard` (see pyproject.toml). Streamlit reads
`.streamlit/config.toml` only from the working directory, so the project's
settings file is passed on as command-line flags instead, one per setting.
"""
from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path


def app_path() -> Path:
    """The dashboard's app.py: the checkout's, else the installed package's."""
    checkout = Path(__file__).resolve().parent.parent / "app.py"
    if checkout.is_file():
        return checkout
    spec = importlib.util.find_spec("dashboard")
    if spec is None or not spec.submodule_search_locations:
        raise OSError("the dashboard is not installed (no app.py beside core/ and no "
                      "'dashboard' package)")
    return Path(list(spec.submodule_search_locations)[0]) / "app.py"


def streamlit_flags(folder: Path) -> list[str]:
    """`--section.option=value` for every setting of `.streamlit/config.toml`
    in `folder` (none if there is no such file)."""
    config = folder / ".streamlit" / "config.toml"
    if not config.is_file():
        return []
    with config.open("rb") as handle:
        return list(_flags(tomllib.load(handle), ""))


def _flags(table: dict, prefix: str):
    for name, value in table.items():
        if isinstance(value, dict):
            yield from _flags(value, f"{prefix}{name}.")
        else:
            text = str(value).lower() if isinstance(value, bool) else str(value)
            yield f"--{prefix}{name}={text}"
