"""A fictional three-outlet story written for the highlight and paraphrase tests (no real news text).

It holds two restatements in other words: "construction would begin in March" / "work would
start in March" (near-synonyms), and "Critics on the board said the price was too steep ..." / "One board
member voted against the project, citing the price ..." (the same objection, other wording).
"""

from __future__ import annotations

from plainwire.models import Article

from .fixtures import t

LIBRARY = [
    Article(
        id="lib-a",
        title="Dunmore board approves $12 million central library",
        text=(
            "DUNMORE (DL) — The Dunmore county board voted 6-1 on Monday to spend $12 million on a new central "
            "library next to the old mill. "
            "Board chair Ines Kovac said construction would begin in March and take about 18 months. "
            "Critics on the board said the price was too steep and raised worries about parking near the river. "
            "The new building, which a regional firm designed after winning a contest last spring, will hold a "
            "children's wing, a workshop room and a reading room that looks out over the river, officials said. "
            "The old library will close once the new building opens, the board said."
        ),
        source="Dunmore Ledger",
        published=t(9),
    ),
    Article(
        id="lib-b",
        title="County board backs new Dunmore library",
        text=(
            "Dunmore's county board approved $12 million on Monday for a new central library. "
            "Ines Kovac, the board chair, said work would start in March. "
            "One board member voted against the project, citing the price and the lack of parking near the river. "
            "Library staff will move books, computers and the local history archive to the new building in "
            "stages over the summer, starting with the children's collection, the county said."
        ),
        source="Valley Bulletin",
        published=t(10),
    ),
    Article(
        id="lib-c",
        title="Dunmore library plan wins county backing",
        text=(
            "A new $12 million central library for Dunmore won the county board's backing on Monday. "
            "The library will be built on an empty lot next to the old mill, county documents show. "
            "Volunteers plan to hold a book sale in June to help pay for new furniture."
        ),
        source="Mill Town Post",
        published=t(11),
    ),
]
