"""Reading one file into text, or a clear reason why not.

The text is the decoded file exactly, with line endings turned into `\\n`
(and a UTF-8 byte-order mark dropped); HTML goes through trafilatura, which
keeps the article body. Anything unusable raises `BadInput` with a reason a
person can act on.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown",
            ".html": "html", ".htm": "html"}
FALLBACK_ENCODING = "cp1252"


class BadInput(Exception):
    """A file that cannot be ingested; the message is the reason."""


@dataclass
class RawText:
    text: str
    kind: str
    notes: list[str] = field(default_factory=list)
    html_metadata: dict = field(default_factory=dict)


def read(path: Path, max_bytes: int) -> RawText:
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise BadInput(f"unsupported file type {path.suffix or '(none)'!r}; "
                       f"expected one of {', '.join(sorted(SUFFIXES))}")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise BadInput(f"file is {size:,} bytes, over the {max_bytes:,}-byte limit "
                           "(raise it with --max-bytes or TRACKER_MAX_BYTES)")
        data = path.read_bytes()
    except FileNotFoundError:
        raise BadInput("no such file") from None
    except PermissionError:
        raise BadInput("permission denied: the file cannot be read") from None
    except IsADirectoryError:
        raise BadInput("is a directory") from None
    except OSError as error:
        raise BadInput(f"cannot be read: {error.strerror or error}") from None
    if not data.strip():
        raise BadInput("file is empty")
    if b"\x00" in data[:8192]:
        raise BadInput("binary file (contains NUL bytes), not text")
    text, notes = _decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if kind == "html":
        return _from_html(text, notes)
    return RawText(text, kind, notes)


def _decode(data: bytes) -> tuple[str, list[str]]:
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        where = error.start
    try:
        text = data.decode(FALLBACK_ENCODING)
    except UnicodeDecodeError:
        raise BadInput(f"not UTF-8 text (invalid byte at offset {where}) and not "
                       f"{FALLBACK_ENCODING} either") from None
    return text, [f"not valid UTF-8 (invalid byte at offset {where}); "
                  f"decoded as {FALLBACK_ENCODING}"]


def _from_html(html: str, notes: list[str]) -> RawText:
    import trafilatura  # heavy import, only for HTML

    extracted = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, favor_recall=True,
        with_metadata=True)
    body = getattr(extracted, "text", None) if extracted is not None else None
    if not body or not body.strip():
        raise BadInput("HTML page has no article text that could be extracted")
    meta = {name: getattr(extracted, name, None)
            for name in ("title", "sitename", "date", "url")}
    title = meta.get("title")
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    return RawText(text, "html", notes, meta)
