"""Tunables of the story clusterer, with the reasons for their defaults."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta

#: ``join_threshold`` for the mixed sparse + dense score (``dense_weight`` 0.5) of the
#: online pass with the background correction and the default ``join_floor``, tuned on
#: the train split only (docs/clustering.md, "Dense embeddings"); the CLI's
#: ``--dense-weight`` uses it unless ``--join-threshold`` is given.
DENSE_JOIN_THRESHOLD = 0.23
#: Better for the mixed score (train argmax, +1.2 F1 on train): ``join_threshold`` 0.20
#: with this ``join_floor`` (the dense cosine of unrelated texts is higher than the
#: sparse one, so its floor is too). See :func:`dense_online`.
DENSE_JOIN_FLOOR = 0.45


@dataclass(frozen=True, slots=True)
class ClusterConfig:
    """Every knob of the clusterer in one immutable record.

    Defaults are principled choices checked on the development split (see
    docs/clustering.md); none is fitted to a single data set.
    """

    # -- decision ---------------------------------------------------------------------
    #: Minimum score (a TF-IDF cosine less the time penalty, less the background
    #: correction below) for an article to join a story. Tuned on the train split with the
    #: correction on (0.32 was the plain cosine's); see docs/clustering.md.
    join_threshold: float = 0.20
    #: Minimum centroid-to-centroid cosine for two live stories to be proposed as one
    #: event (merge pass of ``recluster``; conservative: merges at 0.4 cost precision on
    #: the development data).
    merge_threshold: float = 0.55
    #: Weight of the dense-embedding cosine in the join score (needs the ``embeddings``
    #: extra; 0 = off, and then torch is never imported). With ``w`` > 0 the score is
    #: ``(1 - w) * sparse cosine + w * dense cosine`` against the story's mean embedding;
    #: candidates still come from the inverted index. Pair it with a ``join_threshold``
    #: tuned for the mixed score (docs/clustering.md, "Dense embeddings").
    dense_weight: float = 0.0
    #: Weight of the static word-vector cosine (plainwire.cluster.static: IDF-weighted mean
    #: of title x 2 + lead word vectors from the shipped plainwire.wordvec table; no model,
    #: no extra) in the online pass: ``(1 - ws - wd) sparse + ws static + wd dense``,
    #: against the story's mean vector. 0 = off: no gain measured online, and it costs
    #: ~10 % more CPU per article (docs/clustering.md, "Static word vectors").
    static_weight: float = 0.0
    #: Hubness (background) correction of the online pass, the cheap form of the batch
    #: pass's ``density_weight``: the best candidate's score is lowered by this times the
    #: article's background, the mean score of its other candidate stories (over
    #: ``candidates - 1`` slots, absent or negative ones counting 0), before it is compared
    #: with ``join_threshold``. In a crowded topic an article must stand out from the other
    #: live stories about it; in a quiet one a lower cosine suffices, so one threshold
    #: serves both. Uses only the scores already computed. 0 = off (the plain cosine).
    background_weight: float = 1.0
    #: ... but never join below this plain score (before the correction): in a quiet
    #: stream the background is ~0, and a low cosine is not one event.
    join_floor: float = 0.25
    #: Online split repair (docs/clustering.md, "Online split repair"): when an article
    #: joins a story, its best other candidate, if a story of one text, is placed again
    #: as if it arrived now (index lookup with its vector, the join rule's background
    #: correction against its current candidates); if its best story is now the one the
    #: article joined and the corrected score is at least this, it moves there (its story
    #: redirects). Stricter than ``join_threshold``: the train argmax. ``None``: off (no
    #: merge inside ``add``).
    repair_threshold: float | None = None
    #: Other candidates of the article looked at per placement (each one that is a
    #: one-text story costs one index lookup).
    repair_lookups: int = 1
    #: Opinion and analysis pieces (``add(article, genre=...)``; the main job passes the
    #: analysis stage's genre) that the join rule above would leave on their own join their
    #: best candidate at a lower bar: corrected score >= ``opinion_threshold`` and plain
    #: score >= ``opinion_floor``. A column argues where a report tells, so it shares the
    #: event's names but few of its words; a wrong join files it under another story's
    #: Opinions (never in its Story), a missed one is a page of opinion alone
    #: (docs/clustering.md, "Opinion pieces"). Below a corrected 0.15 the best candidate of
    #: a refused news text is the right story less often than a stranded text had a mate
    #: (22 % against 56 % on the development stream), so the bar stops there. For the
    #: sparse score; ``dense_online`` scales the floor. ``None``: off.
    opinion_threshold: float | None = 0.15
    opinion_floor: float = 0.15
    #: One event told in two vocabularies (a wire report and a tabloid's): an article the
    #: join rule leaves alone only because its plain score is under ``join_floor`` still
    #: joins its best candidate when that score is at least ``anchor_share * join_floor``
    #: (0.20), the corrected score passes ``join_threshold``, it is published within
    #: ``anchor_window`` of the story's time span (dated texts only) and it shares at least
    #: ``anchor_min_names`` rare name words with the story ("Ashcombe Junction": two). The
    #: floor stands in for evidence a quiet stream lacks; a rare place named by both within
    #: hours is such evidence (docs/clustering.md, "Same event, other words"). Past
    #: ``anchor_window``, each anchor past ``anchor_min_names`` widens it by one more
    #: ``anchor_window`` (up to the dormancy) for a text naming two of them in its title or
    #: first sentence: a follow-up days later (sixteenth session). ``None``: off.
    anchor_share: float | None = 0.8
    anchor_window: timedelta = timedelta(hours=12)
    anchor_min_names: int = 2
    #: An opinion or analysis piece argues about an event in its own words, so even the
    #: opinion bar above may refuse it (a column on the tunnel a snowed-in village needs,
    #: a German "Kommentar" on an English-led story). Such a dated piece still goes under
    #: the live story (any language) that holds at least this many of its rare name words,
    #: one of them in its title or first sentence, within ``opinion_window`` of the story's
    #: time span; of two such stories the one holding more, a tie joins neither. It is
    #: attached, not folded in: its words stay out of the story's vectors and index, so an
    #: opinion piece never draws a later report, or another story, into its story
    #: (docs/clustering.md, "Opinion pieces by their names"). ``None``: off.
    opinion_min_names: int | None = 2
    opinion_window: timedelta = timedelta(days=1)

    # -- batch (whole-set) clustering: plainwire.cluster.batch -------------------------------
    #: Minimum mean pairwise score for two groups to merge in the batch pass
    #: (``plainwire cluster``, ``recluster``): cosine less the time penalty, less the
    #: hubness correction below. Tuned on the train split (docs/clustering.md); 0.05
    #: before the best-neighbour gap (tenth session).
    link_threshold: float = 0.045
    #: Nearest texts each text is linked to; only linked groups are compared.
    batch_neighbours: int = 10
    #: Hubness correction of the batch pass: a pair's score is lowered by this times the
    #: mean of both texts' "background" similarity, their mean score to their
    #: ``density_k`` nearest texts outside their own group. In a crowded topic (many
    #: stories about one actor) a text must stand out from its background to join, in a
    #: quiet one a lower cosine suffices. 0 = off (then use ``link_threshold`` ~0.30).
    density_weight: float = 1.0
    density_k: int = 10
    #: Highest background a text can have (None = no cap). A text whose nearest texts
    #: outside its group all score this high is one of many reports of one big event
    #: (20 outlets, one wire text), not a text in a crowded topic: without the cap such an
    #: event's texts each see their event-mates as background and never merge.
    density_cap: float | None = 0.6
    #: ... but never below this mean score before the correction: in a small or quiet
    #: set the background is near 0, and a cosine of 0.1 is not one event.
    link_floor: float = 0.2
    #: Best-neighbour gap of the batch pass (tenth session): a linked pair's score is
    #: lowered by this times how far it falls below the mean of both texts' best scores
    #: (0 for two texts that are each other's nearest). A text's best neighbour is
    #: usually its mate when it has one, so a pair both texts rank below a closer text is
    #: more often two events on one topic. Needs ``density_weight`` > 0. 0 = off. Chosen
    #: with ``link_threshold`` on train mixes of one- to three-article stories
    #: (docs/clustering.md, "Best-neighbour gap").
    best_gap_weight: float = 0.3
    #: False discovery rate of the "has a mate" test of the batch pass
    #: (plainwire.cluster.mates): two lone texts start a group only if their score is an
    #: outlier of both texts' own neighbour-score tails, at a cutoff the set sets for
    #: itself (Benjamini-Hochberg at this level over every text's best neighbour). In a
    #: set where most texts have no mate the cutoff tightens; where most have one it
    #: relaxes. A pair scoring ``density_cap`` or more is exempt (one event's reports).
    #: Needs ``density_weight`` > 0 (it reads the neighbour lists the correction keeps).
    #: ``None`` (default): off, every pair over ``link_threshold`` may start a group. On
    #: sets of mostly one-article stories it lifts the pass above the online one (0.2:
    #: +1.7 / +6.5 F1 on train at 80 / 100 % one-article stories) but costs 5-8 F1 where
    #: every story has several reports (docs/clustering.md, "How many texts have a mate").
    mate_fdr: float | None = None
    #: ``static_weight`` of the batch pass: there it gains 0.6-1.0 F1 on every split for
    #: ~10 % more CPU (docs/clustering.md, "Static word vectors"). Tuned on train. Off
    #: when ``dense_weight`` > 0 (the encoder supersedes it; no gain measured on top).
    batch_static_weight: float = 0.2
    #: Memory cap of the batch pass (~16 KB per article while it runs): a set larger than
    #: this is clustered in consecutive chunks of at most this many articles (time order
    #: when all are dated), with a warning. Groups still open at the end of a chunk (an
    #: article among its last fifth) are carried into the next chunk and clustered again
    #: there, so a story crossing a boundary is not cut. ``None``: no cap.
    batch_max_articles: int | None = 200_000

    # -- across languages: plainwire.cluster.xlang ------------------------------------------
    #: A text whose language differs from a candidate story's (both known: the article's
    #: ``language`` field) may join it on what survives translation: names, figures and
    #: publication time (docs/clustering.md, "Across languages"). Only asked when the
    #: same-language decision starts a new story (online) or between groups of different
    #: languages (batch), so a stream in one language is clustered exactly as without it.
    cross_language: bool = True
    #: Distinct names of the text (accent- and case-folded; "Colette Rignac" is one) that
    #: the story must hold. Two: one shared town or person is no event. (With one name, a
    #: second figure, or two small counts, stand in for the second name: xlang.shared.)
    xlang_min_names: int = 2
    #: Specific figures (not a count under 13, not a bare year; magnitude read: "3,2
    #: millions" = "3.2 million") the story must hold too. Names alone join two events in
    #: one town with one mayor; a shared figure of the event does not come by chance.
    xlang_min_figures: int = 1
    #: A small count (2 to 12, "cuatro" = "four") shared with the story counts this much
    #: towards ``xlang_min_names + xlang_min_figures``; alone such counts are in any text,
    #: two of them with one name and one figure are the event's (0: counts ignored).
    xlang_count_weight: float = 0.5
    #: A text that gives no specific figure at all (a ruling, a jury's decision, a recall
    #: widened "to eleven batches" in words) joins on this many distinct names alone (it
    #: has no figure to share, and none that disagrees); ``None``: never without a figure.
    #: Four: a town, its mayor and a bridge (three) are shared by a council vote and a film
    #: festival there; a rider, her team, its town and the tribunal are one ruling.
    xlang_names_alone: int | None = 4
    #: A text that joins a story by its texts in its own language, and that the rule would
    #: join to a story of one text in that story's language (a later stage told in words
    #: the first report did not use), merges the two (``CrossLanguage._bridged``).
    xlang_bridge: bool = True
    #: The text must be published within this of the story's time span (a story live at its
    #: time, not one that ran last week in the same town).
    xlang_window: timedelta = timedelta(days=1)

    # -- text features ------------------------------------------------------------------
    #: Weight of a title token relative to a body token (titles name the event).
    title_weight: float = 1.5
    #: Extra multiplier for single proper nouns (people, places, organisations). 1.0:
    #: IDF already makes rare names heavy, and a flat boost of frequent names (a
    #: president, a virus) glued unrelated stories on the development data.
    entity_boost: float = 1.0
    #: Multiplier for numbers (amounts, counts, years) found in the text.
    number_boost: float = 2.0
    #: Weight of adjacent-word pairs in the title relative to single words.
    bigram_weight: float = 0.0
    #: Weight of a proper-noun phrase ("Castellan Museum", "Anika Strand") as one term,
    #: on top of its words: a full name is more specific than either of its words.
    name_phrase_weight: float = 0.5
    #: Only the first N characters of a body are read: the lead carries the event, and
    #: this bounds the cost of a huge article.
    max_body_chars: int = 6_000
    #: Body words weigh ``lead_words / (lead_words + position)``: full weight in the lead,
    #: half at this many words in, fading after (news is written inverted-pyramid).
    lead_words: int = 120
    #: Sentence-internal capitalisation ratio above which a word counts as a proper noun.
    proper_ratio: float = 0.6
    #: Minimum capitalised mid-sentence sightings before the ratio is trusted.
    proper_min_count: int = 2

    # -- retrieval ----------------------------------------------------------------------
    #: Number of an article's highest-weighted terms used to fetch candidate stories.
    query_terms: int = 12
    #: Number of each article's highest-weighted terms posted to its story's index entry.
    index_terms: int = 24
    #: Postings kept per term (most recent stories first); bounds the per-article cost
    #: whatever the number of live stories.
    postings_cap: int = 32
    #: Candidate stories scored exactly per article.
    candidates: int = 6
    #: Terms kept in a story's centroid (keeps memory per story bounded).
    story_terms: int = 64

    # -- time ---------------------------------------------------------------------------
    #: A story with no new article for this long goes dormant: it leaves the index and
    #: new articles start a new story.
    dormancy: timedelta = timedelta(days=3)
    #: Score subtracted at a time distance of one dormancy gap (linear in between):
    #: of two equally similar stories, the one closer in time wins.
    time_penalty: float = 0.08
    #: Out-of-order tolerance: articles older than the newest seen by more than this log
    #: a warning (they are still placed against the stories live at their own time).
    late_tolerance: timedelta = timedelta(hours=6)
    #: Without publication times, at most this many stories stay live (least recently
    #: updated leave first). ``None``: no limit.
    max_live_stories: int | None = 1_000_000

    # -- syndication ----------------------------------------------------------------------
    #: Estimated Jaccard similarity of word 3-shingles (MinHash) at or above which two
    #: texts are copies of one another (syndication, re-publication).
    near_dup_jaccard: float = 0.7
    #: Texts with fewer words than this are too short to call copies (a headline alone
    #: is not a syndicated text).
    near_dup_min_words: int = 12
    #: Texts remembered for copy detection (oldest forgotten first); copies usually
    #: appear within hours of the original.
    near_dup_memory: int = 500_000
    #: Estimated Jaccard similarity of word 3-shingles at or above which a text that joins
    #: a story is a *rewrite* of one of its texts (one press release or wire story printed
    #: by two outlets with light edits): one text with one more outlet, as a copy is. A light
    #: edit changes about one word in eight, which leaves ~0.45 of the 3-shingles shared
    #: (the third audit newsroom's two rewrites: 0.48 exact, 0.44 estimated); independent
    #: reports of one event share under 0.13 in the three audit newsrooms (0.21 estimated at
    #: most, MinHash noise of 48 values) and under 0.21 in 99 % of the AllSides same-story
    #: pairs (docs/clustering.md, "Press-release rewrites"). ``None``: off.
    rewrite_jaccard: float | None = 0.35
    #: Signatures of a story's first texts kept for the rewrite test (the copy index's
    #: bytes, shared with it).
    rewrite_texts: int = 8


def dense_online(config: ClusterConfig) -> ClusterConfig:
    """``config`` with the online decision tuned for ``dense_weight`` 0.5 (train split):
    ``join_threshold`` 0.20 and ``join_floor`` :data:`DENSE_JOIN_FLOOR` (``opinion_floor``
    in the same ratio to it as by default, 0.6: not tuned for the dense score)."""
    return replace(
        config, join_threshold=0.20, join_floor=DENSE_JOIN_FLOOR, opinion_floor=0.6 * DENSE_JOIN_FLOOR
    )
