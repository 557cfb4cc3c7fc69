"""Eighth session: defects found by reading the Stories as an editor (docs/benchmarks.md,
"Synthesis: an editor's reading (eighth session)").

Every text here is invented for these tests; each test fails on the code before the session.
"""

from plainwire.models import Article
from plainwire.synthesize import synthesize
from plainwire.synthesize.clauses import compress_clauses
from plainwire.synthesize.highlights import compress_highlight, pick_highlights
from plainwire.synthesize.neutral import neutralize
from plainwire.synthesize.opening import speaker_first
from plainwire.synthesize.sentences import compress, is_junk, split_sentences
from plainwire.synthesize.standalone import (
    cut_mid_clause,
    drop_relative_days,
    first_person,
    follow_antecedents,
    pronoun_opening,
    quote_fragment,
    unfit_reason,
)

from .fixtures import t

# ---- broken cuts ------------------------------------------------------------------------------


def test_trailing_opening_quote_goes_to_the_sentence_it_opens():
    # a quotation the feed cut off before its closing mark: the segmenter leaves the opening mark
    # on the sentence before
    text = (
        "The ferry board voted to raise fares by 5 percent, Chair Ada Brenn said. “We had no other "
        "choice. The crews need new engines for the winter."
    )
    parts = split_sentences(text)
    assert parts[0] == "The ferry board voted to raise fares by 5 percent, Chair Ada Brenn said."
    assert parts[1] == "“We had no other choice."
    assert unfit_reason(parts[0]) is None
    assert unfit_reason(parts[1]) == "piece of a quotation"  # its closing mark is missing
    straight = 'The pier will close in May, the port said. "It is not safe for anyone. The wall is cracked.'
    assert split_sentences(straight)[0] == "The pier will close in May, the port said."
    # a quotation closed in the same sentence is left as it was
    whole = "The ferry board voted to raise fares, Ada Brenn said. “We had no other choice,” she added."
    assert split_sentences(whole)[1] == "“We had no other choice,” she added."


def test_a_trailing_opening_quote_at_the_end_of_the_text_is_dropped():
    # the feed cut the text right after the mark: the sentence it opened is missing
    assert split_sentences("The dock reopened on Friday, the mayor said. “") == [
        "The dock reopened on Friday, the mayor said."
    ]


def test_a_closing_quote_stays_where_it_is():
    text = 'The mayor said the vote was "a fresh start." The council adjourned at noon.'
    assert split_sentences(text)[0] == 'The mayor said the vote was "a fresh start."'


def test_hidden_link_labels_do_not_split_a_sentence():
    text = "Governor Ada Brenn Opens a New Window. wants to close the old pier by June."
    assert split_sentences(text) == ["Governor Ada Brenn wants to close the old pier by June."]


def test_newsroom_labels_are_dropped_but_a_speaker_colon_stays():
    assert compress("Why it matters: The harbor board sets the fares for all six ferry routes.") == (
        "The harbor board sets the fares for all six ferry routes."
    )
    assert compress("The big picture: Ferry traffic on the bay has doubled since 2019.") == (
        "Ferry traffic on the bay has doubled since 2019."
    )
    assert compress("Yes, but: Two of the six routes still lose money every winter.").startswith("Two of")
    kept = "Mayor Ortiz: the bridge will open in March next year."
    assert compress(kept) == kept


def test_page_instructions_are_junk():
    assert is_junk("Read the board's full statement below.")
    assert is_junk("Watch the council's vote here.")
    assert not is_junk("Read the board's statement, the mayor told reporters, and decide for yourself.")


def test_clause_deletion_never_leaves_a_stray_quotation_mark():
    s = "The governor said the state will repair the harbor wall by spring, calling the plan a “fresh start.”"
    # the editors' keep-rates would drop the ", calling ..." clause; here every clause looks droppable
    out = compress_clauses(s, lambda span: 0.0 if "calling" in span else 1.0)
    assert not quote_fragment(out)


def test_a_cut_off_sentence_is_never_given_a_full_stop():
    cut = (
        "Harbor board chair Ada Brenn, who has led the board since 2019, asked the state auditor on "
        "Monday to examine the fare accounts of the ferry company and"
    )
    assert compress_highlight(cut) is None
    assert cut_mid_clause(cut)
    assert not cut_mid_clause("The ferry resumed service, a new report said Wednesday")
    assert not cut_mid_clause("The ferry resumed service on Friday.")
    assert cut_mid_clause("Here is a list of the routes that will close:")


# ---- sentences that cannot stand outside their article -------------------------------------


def test_unfit_kinds():
    assert unfit_reason('That was, what, six days ago."') == "piece of a quotation"
    assert unfit_reason("Yesterday I wrote that the ferry fares were too high.") == "first person"
    assert unfit_reason("We have seen the board's accounts.") == "first person"
    assert unfit_reason('"We will rebuild," the mayor said.') is None  # first person inside a quotation
    assert unfit_reason("The US Coast Guard closed the bay on Friday.") is None  # "US" is no "us"
    assert first_person("The board told us nothing, a resident said.")


def test_pronoun_openings():
    assert pronoun_opening("It has ordered the company to review the decision.")
    assert pronoun_opening("This is not the first closure of the pier.")
    assert pronoun_opening("He also said the fares would rise.")
    assert pronoun_opening("It's the first increase since 2019.")
    assert not pronoun_opening("This week, the board met twice.")  # a time phrase
    assert not pronoun_opening("Thousands of riders use the ferry.")
    assert not pronoun_opening("Itasca County closed two roads.")


def test_pronoun_opening_only_after_its_antecedent():
    # 0 "The board met." 1 "It voted." (previous 0) 2 "They left." (previous not in pool)
    prev = [None, 0, None]
    pron = [False, True, True]
    assert follow_antecedents([0, 1, 2], pron, prev) == [0, 1]
    assert follow_antecedents([1, 0, 2], pron, prev) == [0]  # "It voted." ranked before its antecedent


HARBOR = [
    Article(
        id="hb-1",
        title="Harbor board raises ferry fares by 5 percent",
        text=(
            "The Saltmere harbor board voted 6-1 on Tuesday to raise ferry fares by 5 percent from June.\n"
            "The increase will pay for two new engines for the older boats, board chair Ada Brenn said.\n"
            "Monthly passes will rise by 3 percent."
        ),
        source="Saltmere Gazette",
        published=t(9),
    ),
    Article(
        id="hb-2",
        title="Saltmere ferry fares to rise in June",
        text=(
            "Ferry fares in Saltmere will rise by 5 percent in June after a 6-1 vote of the harbor board.\n"
            "It is the first increase since 2019.\n"
            "Yesterday I wrote that the board had no plan for the older boats.\n"
            'That was, frankly, the easy part."\n'
            "Riders on the north route said they would pay more for fewer crossings."
        ),
        source="Bay Courier",
        published=t(10),
    ),
    Article(
        id="hb-3",
        title="Fare rise approved by Saltmere harbor board",
        text=(
            "This is not the first time the board has raised fares.\n"
            "The Saltmere harbor board approved a 5 percent fare increase on Tuesday, its first since 2019.\n"
            "The single board member who voted no, Tomas Reyes, said riders could not afford it."
        ),
        source="Coast Herald",
        published=t(11),
    ),
]


def test_story_and_highlights_leave_out_what_cannot_stand_alone():
    page = synthesize("harbor", HARBOR)
    printed = [s.text for s in page.story] + [h.text for h in page.highlights]
    assert printed
    assert not any(s.startswith("Yesterday I wrote") for s in printed)
    assert not any(s.startswith("That was") for s in printed)
    assert not any(s.startswith("This is not") for s in printed)
    # a pronoun opening may follow its antecedent, never open the Story
    assert not pronoun_opening(page.story[0].text)
    story = [s.text for s in page.story]
    if "It is the first increase since 2019." in story:
        before = story[: story.index("It is the first increase since 2019.")]
        assert any(s.startswith("Ferry fares in Saltmere") for s in before)


def test_highlights_last_resort_refuses_a_bullet_that_cannot_stand_alone():
    texts = {
        0: "The Saltmere harbor board voted on Tuesday to raise ferry fares by 5 percent from June.",
        1: "This is not the first time.",
        2: "It was a long meeting that ended well after midnight in the old town hall.",
    }
    picks = pick_highlights([0, 1, 2], texts.__getitem__, [0])
    assert [i for i, _ in picks] == [0]


# ---- the Story's opening -----------------------------------------------------------------------


def test_speaker_first_moves_a_quotation_opening_down():
    texts = {
        0: "“This is a fresh start for the harbor,” she said in an interview on Tuesday.",
        1: "The Saltmere harbor board voted 6-1 on Tuesday to raise ferry fares by 5 percent.",
        2: "Monthly passes will rise by 3 percent.",
    }
    assert speaker_first([0, 1, 2], texts.__getitem__) == [1, 0, 2]
    # nothing better among the top sentences: unchanged
    assert speaker_first([0, 2], {0: texts[0], 2: "“We will pay,” he said."}.__getitem__) == [0, 2]
    assert speaker_first([1, 0, 2], texts.__getitem__) == [1, 0, 2]


def test_story_does_not_open_on_a_quotation_whose_speaker_is_a_pronoun():
    quote = "“Raising ferry fares by 5 percent is the fair thing for riders and crews of the Saltmere harbor,” she said"
    arts = [
        Article(
            id=f"q-{k}",
            title="Saltmere harbor board raises ferry fares by 5 percent",
            text=f"{quote}{said}.\n{news}",
            source=f"Outlet {k}",
            published=t(9 + k),
        )
        for k, (said, news) in enumerate(
            [
                (" on Tuesday", "The board voted 6-1 on Tuesday."),
                (" at the meeting", "Board members approved the plan after a long debate."),
                ("", "Monthly passes will also cost more from June."),
            ]
        )
    ]
    page = synthesize("quote-first", arts)
    # the quotation is the best-supported sentence (all three outlets), but the reader meets the
    # vote first
    assert page.story[0].text == "The board voted 6-1 on Tuesday."
    # thirteenth session: "she" names nobody in any of the articles (the quotation opens each of
    # them), so the quotation is not printed at all (standalone.leans_back): a reader cannot tell
    # who spoke
    assert not any(s.text.startswith("“Raising ferry fares") for s in page.story)


# ---- the outlet's voice and time words ----------------------------------------------------------


def test_blasted_is_neutralised_and_blasts_off_is_not():
    assert neutralize("Board chair Ada Brenn blasted the ferry company in a letter on Monday.")[0] == (
        "Board chair Ada Brenn criticized the ferry company in a letter on Monday."
    )
    assert (
        neutralize("Senator Reyes Blasts Harbor Board Over Fares")[0]
        == "Senator Reyes Criticizes Harbor Board Over Fares"
    )
    assert neutralize("Saltmere Rocket Club Blasts Off From The Old Pier")[0] == (
        "Saltmere Rocket Club Blasts Off From The Old Pier"
    )
    assert (
        neutralize("Negotiators Hammered Out A Deal On Fares")[0]
        == "Negotiators Hammered Out A Deal On Fares"
    )
    assert neutralize("A bomb blasted the car near the pier.")[0] == "A bomb blasted the car near the pier."


def test_relative_days_are_dropped_outside_quotations():
    assert drop_relative_days("The board faces two hearings in Saltmere today, including one on fares.") == (
        "The board faces two hearings in Saltmere, including one on fares."
    )
    assert drop_relative_days("The company announced the sale yesterday afternoon.") == (
        "The company announced the sale."
    )
    assert drop_relative_days("The vote is today.") == "The vote is today."
    assert drop_relative_days("She wrote a column for USA Today, the paper said.") == (
        "She wrote a column for USA Today, the paper said."
    )
    assert drop_relative_days('"We vote today," the chair said.') == '"We vote today," the chair said.'
    assert (
        drop_relative_days("Riders were told about today's closure.")
        == "Riders were told about today's closure."
    )


def test_a_sentence_cut_inside_a_side_clause_ends_with_its_main_clause():
    from plainwire.synthesize.standalone import trim_cut

    cut = (
        "The harbor board on Tuesday approved new limits on fishing in the north bay and the river mouth, "
        "opening the south bay to"
    )
    assert (
        trim_cut(cut)
        == "The harbor board on Tuesday approved new limits on fishing in the north bay and the river mouth."
    )
    # no side clause to fall back to: unchanged, and still unfit to print
    bare = "The harbor board on Tuesday referred the ferry company to the state auditor for"
    assert trim_cut(bare) == bare and unfit_reason(bare) == "cut off"
    whole = "The harbor board approved the limits, opening the south bay to boats."
    assert trim_cut(whole) == whole


def test_a_bullet_may_name_its_speaker_before_a_pronoun():
    # "said he wanted": the pronoun's antecedent is in the sentence; '"...," he said' has none
    ok = "Mayor Lena Ortiz said he wanted the bridge open by March, and he told the council so."
    assert compress_highlight(ok) == ok
    assert compress_highlight("“The bridge will open by March next year,” he said on Tuesday.") is None
    assert compress_highlight("The bridge will open by March next year and cost less, said he.") is None


def test_a_leading_phrase_is_not_cut_in_half_and_a_scope_stays():
    damning = "In a damning, 40-page report, the auditor said the harbor board failed to collect ferry fares for three years."
    assert compress_highlight(damning, always=True, side_clauses=False) == damning
    chair = "In 2009, then-chair of the board, Ada Brenn, granted free passes to the crews of all six routes."
    assert not (compress_highlight(chair, always=True, side_clauses=False) or "").startswith("Then-chair")
    scope = "Under the harbor law, churches that run ferries for their members were exempted from the fares."
    assert compress_highlight(scope, always=True, side_clauses=False) == scope
    plain = "In a statement on Friday, the harbor board said it would raise ferry fares by 5 percent in June."
    assert compress_highlight(plain, always=True, side_clauses=False) == (
        "The harbor board said it would raise ferry fares by 5 percent in June."
    )
