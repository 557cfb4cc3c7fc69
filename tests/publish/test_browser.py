"""Headless Chromium (Debian's chromium, driven by Playwright) against a live uvicorn server."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.publish.conftest import ARTIFACTS
from tests.publish.newsroom_store import Newsroom

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="needs Debian's chromium at /usr/bin/chromium"),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture()
def page(browser: object) -> Iterator[object]:
    ctx = browser.new_context(viewport={"width": 1100, "height": 900}, timezone_id="America/New_York")  # type: ignore[attr-defined]
    pg = ctx.new_page()
    pg.dialogs = []  # type: ignore[attr-defined]
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))  # type: ignore[attr-defined]
    yield pg
    ctx.close()


def _shot(page: object, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"reader-{name}.png"
    page.screenshot(path=str(path), full_page=True)  # type: ignore[attr-defined]
    assert path.stat().st_size > 5000
    return path


def test_front_page_in_browser(page, live_server: str, newsroom: Newsroom) -> None:  # type: ignore[no-untyped-def]
    page.goto(live_server + "/")
    assert page.title() == "Latest stories — plainwire"
    cards = page.locator("main article.card")
    assert cards.count() == 20
    first = cards.nth(0)
    assert first.locator("h2").inner_text() == "Harborview council approves Larkspur tram line"
    assert first.locator(".label").inner_text() == "Measured"
    assert first.locator(".highlights li").count() == 3
    assert page.locator("a[rel=next]").inner_text() == "Older stories"
    page.locator("a[rel=next]").click()
    page.wait_for_load_state()
    assert page.locator(".end").inner_text() == "You've reached the end"
    page.goto(live_server + "/")
    _shot(page, "front")
    assert page.errors == [] and page.dialogs == []


def test_story_page_in_browser(page, live_server: str, newsroom: Newsroom) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{live_server}/story/{newsroom.slugs['tram']}")
    # The script localised the times to the reader's zone (New York is UTC-4 in September).
    updated = page.locator("time.t-updated")
    assert updated.get_attribute("data-local") == "1"
    assert updated.inner_text() == "Sep 28, 2025, 8:46 PM"
    assert updated.get_attribute("title") == "2025-09-29 00:46:00 UTC"
    assert page.locator("time.t-published").inner_text() == "Sep 28, 2025, 6:20 PM"
    assert page.locator("h1").inner_text() == "Harborview council approves Larkspur tram line"
    headings = page.locator("main h2").all_inner_texts()
    assert headings == ["Highlights", "Story", "Opinions", "Sources"]
    assert page.locator(".highlights li").count() == 3
    assert page.locator(".coverage").inner_text() == "Covered by 3 outlets in 5 articles."
    assert page.locator(".end").inner_text() == "You've reached the end"
    # Provenance: hidden until the sentence gets keyboard focus, then shown.
    tip = page.locator("#prov-2")
    assert not tip.is_visible()
    page.locator("body").focus()
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('aria-describedby')") == "prov-2":
            break
    else:
        raise AssertionError("the second story sentence is not reachable by keyboard")
    assert tip.is_visible() and "Coastal Daily" in tip.inner_text()
    _shot(page, "story-provenance")
    page.keyboard.press("Escape")
    assert not tip.is_visible()
    page.locator(".story-text .sent").nth(0).hover()
    assert page.locator("#prov-1").is_visible()
    page.mouse.move(0, 0)
    # Highlights show where they came from the same way: the outlet and its sentence.
    bullet = page.locator(".highlights li .sent").nth(0)
    htip = page.locator("#hprov-1")
    assert not htip.is_visible()
    bullet.hover()
    assert htip.is_visible()
    # (this store's Highlights are hand-written; each cites the first sentence of a news piece)
    assert htip.locator(".prov-ref q").nth(0).inner_text() == (
        "Harborview's council approved the Larkspur tram line on Sunday night by nine votes to four."
    )
    assert htip.locator(".prov-src").nth(0).inner_text() == "Northern Ledger"
    assert htip.locator("a").nth(0).get_attribute("href", timeout=1000)
    page.mouse.move(0, 0)
    _shot(page, "story")
    assert page.errors == [] and page.dialogs == []


def test_dark_theme_and_phone(browser, live_server: str, newsroom: Newsroom) -> None:  # type: ignore[no-untyped-def]
    ctx = browser.new_context(viewport={"width": 375, "height": 740}, color_scheme="dark", is_mobile=True)
    page = ctx.new_page()
    try:
        page.goto(f"{live_server}/story/{newsroom.slugs['tram']}")
        bg = page.evaluate("getComputedStyle(document.body).backgroundColor")
        fg = page.evaluate("getComputedStyle(document.body).color")
        assert bg == "rgb(18, 18, 18)" and fg == "rgb(232, 232, 232)"
        # Readable on a phone: nothing wider than the screen.
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        _shot(page, "story-phone-dark")
    finally:
        ctx.close()


def test_hostile_story_executes_nothing(page, live_server: str, newsroom: Newsroom) -> None:  # type: ignore[no-untyped-def]
    for url in (
        f"/story/{newsroom.slugs['xss']}",
        "/",
        "/search?q=lantern",
        "/search?q=%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E",
        "/search?q=%22%20autofocus%20onfocus%3D%22window.__xss%3D1",
    ):
        page.goto(live_server + url)
        page.wait_for_load_state("load")
        # Fire the events injected handlers would wait for, on every element of the page.
        page.evaluate(
            """() => { for (const el of document.querySelectorAll('*')) {
                 for (const t of ['mouseover', 'mouseenter', 'focus', 'error', 'load'])
                   el.dispatchEvent(new Event(t)); } }"""
        )
        page.locator(".sent").first.hover() if page.locator(".sent").count() else None
        assert page.evaluate("typeof window.__xss") == "undefined", url
        assert page.dialogs == [], url
    page.goto(f"{live_server}/story/{newsroom.slugs['xss']}")
    assert "<script>window.__xss" in page.locator("h1").inner_text()  # shown as text
    assert page.locator("main script, main img, main svg, main b").count() == 0
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
    assert hrefs and all(h.startswith(("http://", "https://")) for h in hrefs)
    _shot(page, "xss")


CONTRAST_JS = """
(sel) => {
  const lum = (rgb) => {
    const [r, g, b] = rgb.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number).map((v) => {
      v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const bgOf = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = getComputedStyle(e).backgroundColor;
      if (c && c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c;
    }
    return 'rgb(255, 255, 255)';
  };
  const out = [];
  for (const el of document.querySelectorAll(sel)) {
    const a = lum(getComputedStyle(el).color), b = lum(bgOf(el));
    out.push([el.tagName + '.' + el.className, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)]);
  }
  return out;
}
"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_contrast_meets_wcag_aa(browser, live_server: str, newsroom: Newsroom, scheme: str) -> None:  # type: ignore[no-untyped-def]
    ctx = browser.new_context(color_scheme=scheme)
    page = ctx.new_page()
    try:
        for url in ("/", f"/story/{newsroom.slugs['tram']}"):
            page.goto(live_server + url)
            ratios = page.evaluate(
                CONTRAST_JS,
                "body, h1, h2, a, .meta, .label, .evidence, .coverage, .gist, .end, time, .genre, footer p",
            )
            assert ratios
            low = [(el, round(r, 2)) for el, r in ratios if r < 4.5]
            assert low == [], (scheme, url, low)
    finally:
        ctx.close()


def test_keyboard_reaches_skip_link_first(page, live_server: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(live_server + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    assert page.locator("a.skip").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
