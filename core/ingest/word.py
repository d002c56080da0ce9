"""Reading a Word document (.docx) into article text, with python-docx.

The text is the body's paragraphs in order, one per line (the sentence
splitter never runs a heading into the next paragraph); tables and
headers/footers are left out, as a news page's navigation is. The title the
document's properties state, if any, is kept.
"""
from __future__ import annotations

import io
import zipfile

from core.ingest.reading import BadInput


def read_docx(data: bytes) -> tuple[str, str | None]:
    """(text, title) of a .docx; BadInput when it is not one."""
    import docx  # python-docx, only needed for Word files
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise BadInput(f"not a Word .docx file that can be opened ({error})") from None
    lines = [" ".join(p.text.split()) for p in document.paragraphs]
    text = "\n".join(line for line in lines if line)
    title = (document.core_properties.title or "").strip() or None
    return text, title
