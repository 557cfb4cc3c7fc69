"""Parse rendered HTML and report anything that could execute or navigate to script."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urlsplit


class Audit(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[dict[str, str | None]] = []
        self.handlers: list[tuple[str, str]] = []
        self.bad_urls: list[tuple[str, str, str]] = []
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        d = dict(attrs)
        if tag == "script":
            self.scripts.append(d)
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append((tag, name))
            if name in {"href", "src", "action", "formaction", "xlink:href"} and value is not None:
                scheme = urlsplit(value.strip()).scheme.lower()
                if scheme not in {"", "http", "https"}:
                    self.bad_urls.append((tag, name, value))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def audit(html: str) -> Audit:
    a = Audit()
    a.feed(html)
    a.close()
    return a
