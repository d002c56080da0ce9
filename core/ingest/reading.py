"""Reading one file into text, or a clear reason why not.

The text is the decoded file exactly, with line endings turned into `\\n`
(and a byte-order mark dropped); HTML goes through trafilatura, which keeps
the article body; a PDF's text layer is read by `core.ingest.pdf` (with
where each page starts) and a Word file's paragraphs by `core.ingest.word`.
A file on disk and bytes uploaded go through the same `from_bytes`.
Anything unusable raises `BadInput` with a reason a person can act on: not
a regular file (a FIFO is never opened for reading, so it cannot hang the
run), a dangling or looping link, NUL characters (which the store cannot
hold), bytes no encoding explains, a damaged PDF or one with no text layer.

Encodings: UTF-8 (with or without BOM); UTF-16 and UTF-32 with a BOM, and
UTF-16 without one; anything else is detected by charset-normalizer
(EUC-KR, Shift-JIS, GB18030, cp1252…) and decoded with a note naming the
encoding, so the reader can check it.
"""
from __future__ import annotations

import codecs
import errno
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown",
            ".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx"}
FALLBACK_ENCODING = "cp1252"
BINARY_SNIFF = 8192
# charset-normalizer's "chaos" (share of implausible characters) above which
# its guess is refused: garbage bytes stay an error rather than become text.
MOST_CHAOS = 0.1
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_FILE_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
               (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
               (stat.S_ISDIR, "a directory"))


class BadInput(Exception):
    """A file that cannot be ingested; the message is the reason."""


@dataclass
class RawText:
    """A file's text and what its format states besides: `metadata` may hold
    title, sitename, date and url; `pages` where each page starts (PDF)."""

    text: str
    kind: str
    notes: list[str] = field(default_factory=list)
    metadata: dict = field(default_factory=dict)
    pages: list[int] | None = None


def kind_of(name: str) -> str:
    """The format a file name's suffix says, or BadInput naming those accepted."""
    suffix = Path(name).suffix
    kind = SUFFIXES.get(suffix.lower())
    if kind is None:
        raise BadInput(f"unsupported file type {suffix or '(none)'!r}; "
                       f"expected one of {', '.join(sorted(SUFFIXES))}")
    return kind


def read(path: Path, max_bytes: int) -> RawText:
    kind_of(path.name)
    return from_bytes(_read_bytes(path, max_bytes), path.name, max_bytes)


def from_bytes(data: bytes, name: str, max_bytes: int) -> RawText:
    """The text of a file's bytes, its format told by `name`'s suffix."""
    kind = kind_of(name)
    if len(data) > max_bytes:
        raise BadInput(f"file is {len(data):,} bytes, over the {max_bytes:,}-byte limit "
                       "(raise it with --max-bytes or TRACKER_MAX_BYTES)")
    if not data.strip():
        raise BadInput("file is empty")
    if kind == "pdf":
        from core.ingest.pdf import read_pdf

        pdf = read_pdf(data)
        return RawText(pdf.text, kind, pdf.notes, {"title": pdf.title}, pdf.pages)
    if kind == "docx":
        from core.ingest.word import read_docx

        text, title = read_docx(data)
        if not text.strip():
            raise BadInput("Word document has no text")
        return RawText(text, kind, [], {"title": title})
    text, notes = decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if kind == "html":
        return _from_html(text, notes)
    return RawText(text, kind, notes)


def not_regular(path: Path) -> str | None:
    """Why `path` is not a regular file that can be read (a dangling or
    looping link, a FIFO, a device…), or None when it is one."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        if os.path.islink(path):
            return f"dangling symbolic link (to {os.readlink(path)!r}, which does not exist)"
        return "no such file"
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop (the link points back to itself)"
        if error.errno == errno.EACCES:
            return "permission denied: the file cannot be read"
        return f"cannot be read: {error.strerror or error}"
    for test, name in _FILE_KINDS:
        if test(mode):
            return f"not a regular file: {name}"
    return None


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes. Opened without blocking and checked to be a regular
    file before any read, so a FIFO or device named like an article is
    reported, never waited on."""
    reason = not_regular(path)
    if reason:
        raise BadInput(reason)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except PermissionError:
        raise BadInput("permission denied: the file cannot be read") from None
    except OSError as error:
        raise BadInput(f"cannot be read: {error.strerror or error}") from None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise BadInput("not a regular file")
        if info.st_size > max_bytes:
            raise BadInput(f"file is {info.st_size:,} bytes, over the {max_bytes:,}-byte limit "
                           "(raise it with --max-bytes or TRACKER_MAX_BYTES)")
        try:
            return handle.read(max_bytes + 1)[:max_bytes + 1]
        except OSError as error:
            raise BadInput(f"cannot be read: {error.strerror or error}") from None


def decode(data: bytes) -> tuple[str, list[str]]:
    """The text of `data` and notes on how it was decoded (none for UTF-8)."""
    text, notes = _unicode_with_bom(data) or _utf16_without_bom(data) or _other(data)
    nul = text.find("\x00")
    if nul >= 0:
        raise BadInput(f"contains a NUL character (at character {nul:,}), which the store "
                       "cannot hold: a damaged or binary file?")
    return text, notes


def _unicode_with_bom(data: bytes) -> tuple[str, list[str]] | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as error:
                raise BadInput(f"starts with a {encoding.upper()} byte-order mark but is not "
                               f"{encoding.upper()} (invalid at byte {error.start})") from None
            text = text.lstrip("\ufeff")
            notes = [] if encoding == "utf-8-sig" else [
                f"decoded as {encoding.upper()} (byte-order mark)"]
            return text, notes
    return None


def _utf16_without_bom(data: bytes) -> tuple[str, list[str]] | None:
    """UTF-16 with no byte-order mark, recognised by its NUL high bytes
    (most characters of Latin-script text are below U+0100)."""
    sample = data[:BINARY_SNIFF]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.3 * len(zeros) and other.count(0) <= 0.02 * len(other):
            try:
                return data.decode(encoding), [f"decoded as {encoding.upper()} "
                                               "(no byte-order mark)"]
            except UnicodeDecodeError:
                return None
    return None


def _other(data: bytes) -> tuple[str, list[str]]:
    if b"\x00" in data[:BINARY_SNIFF]:
        raise BadInput("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as error:
        where = error.start
    detected = _detected(data)
    if detected is None:
        raise BadInput(f"not UTF-8 text (invalid byte at offset {where}) and no other "
                       "encoding fits it") from None
    encoding, language, text = detected
    if _same_as_fallback(data, text):
        encoding, language = FALLBACK_ENCODING, ""
    language = f", {language}" if language else ""
    return text, [f"not valid UTF-8 (invalid byte at offset {where}); detected and "
                  f"decoded as {encoding}{language}: check the text reads right"]


def _detected(data: bytes) -> tuple[str, str, str] | None:
    """(encoding, language, text) as charset-normalizer reads `data`, or None."""
    from charset_normalizer import from_bytes

    best = from_bytes(data, threshold=MOST_CHAOS).best()
    if best is None:
        try:
            return FALLBACK_ENCODING, "", data.decode(FALLBACK_ENCODING)
        except UnicodeDecodeError:
            return None
    language = best.language if best.language not in ("Unknown", "") else ""
    return best.encoding, language, str(best)


def _same_as_fallback(data: bytes, text: str) -> bool:
    """Whether Windows' Western encoding reads `data` the same way: then it is
    named, rather than a neighbour charset-normalizer cannot tell apart."""
    try:
        return data.decode(FALLBACK_ENCODING) == text
    except UnicodeDecodeError:
        return False


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
