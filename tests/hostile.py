"""A corpus of hostile articles: text and file names that try to be read as
Markdown, HTML, entities, Streamlit colour and icon syntax, spreadsheet
formulas, links and images to another host, with right-to-left marks, XML
control characters and very long words. Each carries real facts, so the
payloads reach titles, outlets, document ids, quotes, fact links, charts and
exports. Every payload holds the word "zork", so a test can find any element
a payload managed to create.

`write(folder)` writes the files; `OUTSIDE` is the host no page may contact.
"""
from __future__ import annotations

from pathlib import Path

OUTSIDE = "evil.example"
MARKER = "zork"
LONG_WORD = "zork" + "A" * 3000

MARKDOWN_ARTICLE = f"""Defence Wire
Tuesday, Jul 01, 2025
**zork bold** :red[zork red] ![zork](http://evil.example/t.png) alliance headline for testing

South Korea currently allocates over 2% of its gross domestic product to defense, says ![zork](http://evil.example/q.png) **zork analysts** :red[zork].

![zork img](http://evil.example/x.png)
# zork heading :red[zork alarm] $zork^2$ <script>alert(1)</script> <img src=x onerror=alert(1)>
&lt;b&gt;zork entity&lt;/b&gt; &amp;amp; &#60;i&#62;zork&#60;/i&#62; &nbsp; &#x3C;svg onload=alert(1)&#x3E;
    zork indented code line
- zork list item
1. zork numbered item
> zork quoted
Australia and the Philippines are more willing to cooperate with Washington, wrote [zork](javascript:alert(1)) at www.evil.example :smile: :material/home: :blue-badge[zork].
Tokyo hosts about 54,000 U.S. troops, according to zork@evil.example and http://evil.example/track `zork code`.
The talks ran between June 2024 and March 2025 ~~zork struck~~ | zork | table |.
=HYPERLINK("http://evil.example/csv","zork") was typed in a comment; @SUM(1+1) too.
{LONG_WORD}

Discover more from :red[zork] <b>Outlet</b> `zork`
"""

HTML_ARTICLE = """<!doctype html>
<html><head>
<title>&lt;img src=x onerror=alert(1)&gt; **zork** title of the hostile page report</title>
<meta property="og:site_name" content="&lt;script&gt;alert(1)&lt;/script&gt; :red[zork] Outlet">
<meta property="og:title" content="&lt;img src=x onerror=alert(1)&gt; **zork** title of the hostile page report">
<meta name="date" content="2025-03-04">
</head><body><article>
<p>Japan and Australia are more willing to cooperate with the United States, analysts say &lt;iframe src="http://evil.example/f"&gt;&lt;/iframe&gt; zork.</p>
<p>The tariffs ranging from 150% to 200% if China were to invade Taiwan were discussed &lt;a href="http://evil.example/a"&gt;zork&lt;/a&gt; at length by the trade committee in its hearing.</p>
<p>Officials met between April 2024 and May 2025 to review the alliance, and &amp;lt;b&amp;gt;zork&amp;lt;/b&amp;gt; stayed literal.</p>
</article></body></html>
"""

CONTROL_ARTICLE = """-2+3 zork formula headline about alliance costs here
March 3, 2025

Vietnam and Malaysia are more willing\x0b to cooperate with Washington \u202ezork reversed\u202c on trade \u200f\u0627\u0644\u0639\u0631\u0628\u064a\u0629\u200f.
Seoul\x0bzork\x0c agreed\x1b to pay $1.2 billion for U.S. troops between January 2025 and December 2025.
+zork plus and @zork at and \tzork tab lines follow the sentence above.
"""

FILES = {
    "report`zork`.txt": MARKDOWN_ARTICLE,
    "<img src=x onerror=alert(1)> zork.html": HTML_ARTICLE,
    "=1+1 :red[zork] **bold**.md": CONTROL_ARTICLE,
}


def write(folder: Path) -> Path:
    """The hostile files in `folder` (created), which is returned."""
    folder.mkdir(parents=True, exist_ok=True)
    for file_name, text in FILES.items():
        (folder / file_name).write_text(text, encoding="utf-8")
    return folder
