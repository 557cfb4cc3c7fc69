"""The one-line gist under Opinions: the piece's case, not its opening anecdote.

All texts are invented for these tests.
"""

from __future__ import annotations

from plainwire.models import Article
from plainwire.synthesize.gist import MAX_WORDS, gist

ANECDOTE_FIRST = (
    "My grandmother walked to the Ostrava ferry every morning for forty years, and I often went with her. "
    "The harbour committee met on Tuesday and heard from the ferry operator about its finances. "
    "The town should keep the Ostrava ferry running instead of replacing it with a longer bus route. "
    "A bus would take twice as long and leave older residents without a way to reach the market."
)


def op(text: str, title: str = "Opinion: Keep the Ostrava ferry running", **kw: object) -> Article:
    return Article(id="op", title=title, text=text, source="The Harbour Voice", **kw)  # type: ignore[arg-type]


def test_the_case_beats_the_opening_anecdote() -> None:
    g = gist(op(ANECDOTE_FIRST), "en")
    assert g.startswith("The town should keep the Ostrava ferry running")


def test_a_first_sentence_that_states_the_case_is_kept() -> None:
    text = (
        "The Ostrava ferry is worth every cent the town spends on it. "
        "The harbour committee met on Tuesday. Members heard from the operator."
    )
    assert gist(op(text, title="Opinion: The Ostrava ferry is worth its cost"), "en").startswith(
        "The Ostrava ferry is worth every cent"
    )


def test_a_real_dek_is_used_but_a_copied_opening_is_not() -> None:
    dek = "Replacing the ferry with buses would cut off the town's oldest residents, the author argues."
    assert gist(op(ANECDOTE_FIRST, description=dek), "en") == dek
    copied = "My grandmother walked to the Ostrava ferry every morning for forty years"
    assert gist(op(ANECDOTE_FIRST, description=copied), "en").startswith("The town should keep")
    # a dek that only repeats the title says nothing new
    assert gist(op(ANECDOTE_FIRST, description="Keep the Ostrava ferry running"), "en").startswith("The town")


def test_stance_inside_a_quotation_is_not_the_authors() -> None:
    text = (
        "The ferry carried 40,000 passengers last year, more than in any year since 2010. "
        '"You should all be ashamed," one resident shouted at the committee. '
        "The ferry's costs have risen by a fifth since 2020."
    )
    g = gist(op(text, title="Analysis: What the Ostrava ferry's numbers show"), "en")
    assert not g.startswith('"You should')


def test_long_sentence_is_cut_and_empty_body_falls_back() -> None:
    long = "The town should keep the ferry " + " ".join(["running"] * 60) + "."
    g = gist(op(long), "en")
    assert g.endswith("…") and len(g.split()) == MAX_WORDS
    assert gist(op("", description="A short case for the ferry."), "en") == "A short case for the ferry."
    assert gist(op("", title="Keep the ferry"), "en") == "Keep the ferry"
