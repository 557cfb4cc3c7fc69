"""Bad and unusual input: sensible output or a clear note, never a crash."""

import time

from plainwire.models import Article
from plainwire.synthesize import synthesize

from .fixtures import BRIDGE, t


def test_no_articles():
    out = synthesize("empty", [])
    assert out.story == () and out.highlights == () and out.headline == ""
    assert out.published is None and out.updated is None
    assert any("no articles" in n for n in out.notes)


def test_one_article():
    out = synthesize("one", [BRIDGE[0]])
    assert out.headline
    assert out.story and all(r.article_id == "hd-1" for s in out.story for r in s.support)
    assert 1 <= len(out.highlights) <= 3
    assert out.published == out.updated == BRIDGE[0].published


def test_only_opinion_pieces():
    op2 = Article(
        id="op-2",
        title="Opinion: Our city deserves a better bridge debate",
        text="I have lived here for forty years. We should stop pretending that the council listens.",
        url="https://other.example/opinion/bridge-debate",
        source="Other Voice",
        schema_type="OpinionNewsArticle",
    )
    out = synthesize("ops", [BRIDGE[3], op2])
    assert out.story == () and out.highlights == ()
    assert any("only opinion" in n for n in out.notes)
    assert {o.article_id for o in out.opinions} == {"rv-op", "op-2"}
    assert all(o.gist for o in out.opinions)
    assert len(out.sources) == 2


def test_two_languages_majority_wins():
    de = [
        Article(
            id=f"de-{i}",
            title="Stadtrat genehmigt neue Brücke über den Grauen Fluss",
            text=(
                "Der Stadtrat von Riverton hat am Dienstag 40 Millionen Dollar für eine neue Brücke bewilligt. "
                "Die Bürgermeisterin sagte, die Arbeiten würden im März beginnen."
            ),
            source=f"Zeitung {i}",
            language="de",
        )
        for i in range(2)
    ]
    en = [
        a if a.language else Article(**{**{f: getattr(a, f) for f in a.__slots__}, "language": "en"})
        for a in BRIDGE[:3]
    ]
    out = synthesize("mixed", en + de)
    assert out.story
    assert all(not r.article_id.startswith("de-") for s in out.story for r in s.support)
    assert any("'en'" in n and "de: 2" in n for n in out.notes)
    assert len(out.sources) == 5


def test_two_languages_tied_english_is_written():
    """One German and one English article: the Story is English (the reader's language),
    whichever came first."""
    de = Article(
        id="de-0",
        title="Stadtrat genehmigt neue Brücke über den Grauen Fluss",
        text=(
            "Der Stadtrat von Riverton hat am Dienstag 40 Millionen Dollar für eine neue Brücke bewilligt. "
            "Die Bürgermeisterin sagte, die Arbeiten würden im März beginnen."
        ),
        source="Zeitung 0",
        language="de",
    )
    en = Article(**{**{f: getattr(BRIDGE[0], f) for f in BRIDGE[0].__slots__}, "language": "en"})
    out = synthesize("tied", [de, en])
    assert out.story
    assert all(r.article_id == en.id for s in out.story for r in s.support)
    assert any("'en'" in n and "de: 1" in n for n in out.notes)


def test_empty_bodies():
    arts = [
        Article(
            id=f"e{i}", title=f"Riverton council approves bridge funding, report {i}", text="", source=f"S{i}"
        )
        for i in range(3)
    ]
    out = synthesize("empty-bodies", arts)
    assert out.story == () and out.highlights == ()
    assert out.headline.startswith("Riverton council approves bridge funding")
    assert any("no usable sentences" in n for n in out.notes)


def test_one_sentence_bodies():
    arts = [
        Article(
            id="a",
            title="Riverton approves bridge",
            text="The Riverton council approved a new bridge on Tuesday.",
            source="A",
        ),
        Article(
            id="b",
            title="Bridge approved in Riverton",
            text="Riverton's council approved the new bridge on Tuesday.",
            source="B",
        ),
    ]
    out = synthesize("short", arts)
    assert len(out.story) == 1  # the two sentences say the same: one is redundant
    assert {r.article_id for r in out.story[0].support} == {"a", "b"}
    assert len(out.highlights) == 1
    assert any("fewer than three Highlights" in n for n in out.notes)


def test_max_words_too_small_for_any_sentence():
    # A Story is never empty while there is a news sentence: the first sentence, whole
    # (max_words cuts at a sentence boundary; it used to leave the Story empty).
    out = synthesize("tiny", BRIDGE, max_words=3)
    assert len(out.story) == 1
    assert out.story[0].text == synthesize("tiny", BRIDGE).story[0].text
    assert len(out.story[0].text.split()) > 3
    assert any("max_words=3" in n for n in out.notes)
    assert out.highlights  # highlights do not depend on the Story length


def test_naive_and_missing_times():
    arts = [
        Article(
            id="x",
            title="Harbor reopens after storm repairs",
            text="The harbor reopened on Friday after repairs to the pier.",
            published=t(9),
        ),
        Article(
            id="y",
            title="Pier repairs finished, harbor open",
            text="Repairs to the pier were finished and the harbor reopened on Friday.",
        ),
    ]
    out = synthesize("times", arts)
    assert out.published == out.updated == t(9)
    none = synthesize("no-times", [arts[1]])
    assert none.published is None and none.updated is None


PLACES = [
    "Northport",
    "Eastvale",
    "Millbrook",
    "Stonebridge",
    "Westfield",
    "Cedar Falls",
    "Lakeside",
    "Oakridge",
]
VERBS = ["approved", "backed", "endorsed", "passed"]


def _many(n: int) -> list[Article]:
    out = []
    for i in range(n):
        place = PLACES[i % len(PLACES)]
        text = (
            f"The {place} council {VERBS[i % 4]} a ${10 + i % 30} million plan for flood barriers on Monday. "
            f"Officials in {place} said work would begin in {['May', 'June', 'July'][i % 3]}. "
            f"The barriers are meant to protect about {1000 + 37 * i} homes near the river. "
            f"Resident group number {i} asked for more public meetings before construction starts."
        ) * 3
        out.append(
            Article(
                id=f"m{i}",
                title=f"{place} backs flood barrier plan",
                text=text,
                source=f"Outlet {i}",
                published=t(0, i % 60, day=1 + i % 20),
            )
        )
    return out


def test_five_hundred_articles():
    arts = _many(500)
    start = time.perf_counter()
    out = synthesize("big", arts)
    took = time.perf_counter() - start
    assert took < 20, f"500 articles took {took:.1f}s"
    assert out.headline and out.story and len(out.highlights) == 3
    assert 0 < len(out.story_text.split()) <= 300
    assert len(out.sources) == 500
    assert out.published == t(0, 0, day=1) and out.updated == max(a.published for a in arts)
    assert any("sentences of each were considered" in n for n in out.notes)


def test_naive_time_read_as_utc():
    naive = Article(
        id="n",
        title="Harbor reopens after repairs",
        text="The harbor reopened on Friday after repairs to the pier.",
        published=t(9).replace(tzinfo=None),
    )
    out = synthesize("naive", [naive, BRIDGE[0]])
    assert out.published == t(9) and out.updated == t(9, 30)


def test_only_charged_sentences_are_quoted_with_a_note():
    arts = [
        Article(
            id="c1",
            title="Council bridge vote draws anger",
            text="Critics slammed the disastrous, outrageous waste of taxpayer money in a furious outburst.",
            source="A",
        ),
        Article(
            id="c2",
            title="Anger over bridge spending",
            text="Furious critics blasted the shameful, outrageous bridge scheme as a disgraceful waste.",
            source="B",
        ),
    ]
    out = synthesize("charged", arts)
    assert out.story
    assert any("loaded language" in n for n in out.notes)


def test_charged_sentence_left_out_when_calm_ones_exist():
    out = synthesize("bridge", BRIDGE)
    assert all("outrageous" not in s.text for s in out.story + out.highlights)


def test_photo_gallery_is_a_source_not_quoted():
    """A gallery (extraction marks it schema_type ImageGallery) is listed among the sources;
    its captions never reach the Story or the Highlights while reports exist."""
    gallery = Article(
        id="gal",
        title="Riverton bridge vote in pictures",
        text=(
            "Councillors raise their hands as the Riverton bridge funding is approved on Tuesday. "
            "Photograph: Ana Loweth. Residents watch the vote from the public gallery of the council "
            "chamber in Riverton. Photograph: Ana Loweth."
        ),
        source="Riverton Pictures",
        schema_type="ImageGallery",
    )
    out = synthesize("gallery", [*BRIDGE[:3], gallery])
    assert out.story and out.highlights
    used = {r.article_id for s in (*out.story, *out.highlights) for r in s.support}
    assert "gal" not in used
    assert any(s.article_id == "gal" for s in out.sources)
    assert any("photo gallery" in n for n in out.notes)
