"""Make plain-text scrapes of HTML pages, the way a naive scraper dumps a page's text.

Script, style and noscript elements are removed and the page's text content is split on
newlines, one block per line, with blank lines between blocks: navigation, tickers, footers
and all, as found in web corpora. `eval/text.py` scores the plain-text parser on these pages
(pages of other sites than the seed; see docs/text-parser.md for how far to trust the figures).
"""

from __future__ import annotations

from pathlib import Path

from lxml import html as lxml_html


def scrape(raw: bytes) -> str:
    doc = lxml_html.fromstring(raw)
    for bad in doc.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    lines = [ln.strip() for ln in doc.text_content().split("\n")]
    return "\n\n".join(ln for ln in lines if ln) + "\n"


if __name__ == "__main__":
    import sys

    for arg in sys.argv[1:]:
        sys.stdout.write(scrape(Path(arg).read_bytes()))
