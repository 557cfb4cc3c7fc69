"""The static word-vector term of the tone model (analyze/wvec.py, ``wvec`` feature).

Every sentence here is written for the tests.
"""

from __future__ import annotations

import numpy as np
import pytest

from plainwire import wordvec
from plainwire.analyze.features import DENSE, Lexicons, featurize
from plainwire.analyze.model import ToneModel, default_model, vader_lexicon
from plainwire.analyze.text import tokenize
from plainwire.analyze.wvec import mean_vectors, own_voice_words, word_shares
from plainwire.errors import ConfigError

_WVEC = DENSE.index("wvec")


def test_own_voice_words_skip_names_function_words_and_quotations() -> None:
    toks = tokenize('The Harlow council called the plan "a reckless and wasteful gamble" on Monday')
    # "Harlow", "Monday": names; "the", "on": function words; the quoted clause: someone else's
    assert own_voice_words(toks) == ["council", "called", "plan"]


def test_own_voice_words_keep_capitals_in_title_case_and_scare_quotes() -> None:
    assert own_voice_words(tokenize("Council Backs Bold Harbour Plan")) == [
        "council",
        "backs",
        "bold",
        "harbour",
        "plan",
    ]
    # a quotation of three words or fewer is a scare quote: the outlet's own voice
    assert "reform" in own_voice_words(tokenize('The mayor unveiled her "reform" of the buses'))


def test_featurize_wvec_is_the_mean_share_of_own_voice_words() -> None:
    shares = {"council": 0.2, "gamble": 3.0, "plan": -0.4, "called": 0.1}
    lex = Lexicons(vader={}, loaded={}, marked={}, wvec=shares)
    text = 'The council called the plan "a reckless and wasteful gamble" on Monday'
    f = featurize(text, lex, 0.5)
    own = [w for w in own_voice_words(tokenize(text)) if w in shares]
    assert f.dense[_WVEC] == pytest.approx(sum(shares[w] for w in own) / len(own))
    assert "gamble" not in own  # quoted: no share, even though its share is the largest
    # the per-token attribution of the term adds up to the feature
    parts = [x for a in f.attrib.values() for j, x in a if j == _WVEC]
    assert sum(parts) == pytest.approx(f.dense[_WVEC])
    assert featurize("It was on Monday in Harlow.", lex, 0.5).dense[_WVEC] == 0.0  # no own-voice word


def test_word_shares_are_the_dot_product_with_the_table() -> None:
    t = wordvec.table()
    u = np.linspace(-1.0, 1.0, t.dim)
    shares = word_shares(u.tolist())
    assert len(shares) == len(t)
    for w in ("budget", "council", "outrageous"):
        vec = t.vector(w)
        assert vec is not None
        assert shares[w] == pytest.approx(float(vec @ u.astype(np.float32)), abs=1e-5)
    with pytest.raises(ConfigError):
        word_shares([0.1, 0.2])


def test_mean_vectors_average_the_own_voice_rows() -> None:
    t = wordvec.table()
    texts = ["The council approved the harbour budget", "It was on Monday in Harlow."]
    m = mean_vectors(texts)
    assert m.shape == (2, t.dim)
    rows = [t.index[w] for w in ("council", "approved", "harbour", "budget")]
    assert np.allclose(m[0], t.matrix[rows].mean(axis=0), atol=1e-6)
    assert not m[1].any()


def _toy_model(anchor: str, strength: float) -> ToneModel:
    # The weights point at one word's vector: its share is ``strength``, near-synonyms get
    # more than unrelated words (the point of static vectors: weight shared across synonyms).
    vec = wordvec.table().vector(anchor)
    assert vec is not None
    d = {"bias": -1.0, "dense": {"wvec": 1.0}, "words": {}, "wvec": word_shares((vec * strength).tolist())}
    return ToneModel.from_dict(d, vader_lexicon())


@pytest.mark.parametrize(
    "text",
    [
        "the council called the harbour plan outrageous",
        'A spokesman said "the harbour plan is outrageous and shameful" on Monday, calling it unfair',
        "Council Calls Harbour Plan Outrageous",
        "Outrageous, said Mr Harlow.",
    ],
)
def test_wvec_fast_paths_match_the_features(text: str) -> None:
    m = _toy_model("outrageous", 3.0)
    assert m.fast_logit(text) == pytest.approx(m.logit(m.features(text)), abs=1e-9)


def test_wvec_shares_reach_near_synonyms_and_drive_evidence() -> None:
    m = _toy_model("outrageous", 3.0)
    shares = m.lex.wvec
    assert shares["outrageous"] == pytest.approx(3.0, abs=1e-3)
    assert shares["scandalous"] > shares["tuesday"]
    hot, _ev, _z = m.score("the council called the harbour plan scandalous")
    calm, _ev2, _z2 = m.score("the council discussed the harbour plan on tuesday")
    assert hot > calm
    _p, ev, _z3 = m.score("the outrageous plan")
    assert ev and ev[0] == "outrageous"


def test_shipped_model_uses_the_word_vectors() -> None:
    m = default_model()
    assert m.dense_w[_WVEC] == 1.0
    assert len(m.lex.wvec) == len(wordvec.table())
    # fitted weights, not set by hand: some words pull the score up, others down
    vals = np.array(list(m.lex.wvec.values()))
    assert vals.max() > 0 > vals.min()


def test_shipped_shares_match_the_current_word_vectors() -> None:
    # The shares are shipped (run time needs no vector table); they must still be the fitted
    # weights applied to plainwire.wordvec's table. If the table was rebuilt, rebuild the tone
    # model (tools/build_tone_model.py).
    import gzip
    import json
    from importlib import resources

    raw = resources.files("plainwire.analyze").joinpath("data", "tone_model.json.gz").read_bytes()
    d = json.loads(gzip.decompress(raw).decode("utf-8"))
    fresh = word_shares(d["wordvec_w"])
    shipped = default_model().lex.wvec
    for w in ("budget", "outrageous", "council", "slammed", "tuesday"):
        assert shipped[w] == pytest.approx(fresh[w], abs=2e-3)


def _rows() -> list[dict[str, object]]:
    # Invented sentences: the loaded ones use heated adjectives in the outlet's own voice.
    calm = [
        "The council approved the harbour budget after a long meeting",
        "Officials said the new bus timetable starts next month",
        "The committee reviewed the school repair plan on Tuesday",
        "Residents attended a meeting about the library opening hours",
        "The agency published its annual report on water quality",
        "The mayor announced a review of parking charges in the centre",
        "Engineers inspected the bridge and found minor wear",
        "The court adjourned the case until the autumn session",
        "The company reported steady sales in the third quarter",
        "The board appointed a new director for the museum",
    ]
    hot = [
        ("The council rammed through a reckless and shameful harbour budget", ["reckless", "shameful"]),
        ("Officials unveiled a disastrous bus timetable that outraged everyone", ["disastrous", "outraged"]),
        ("The committee pushed its absurd and wasteful school plan", ["absurd", "wasteful"]),
        ("Residents blasted the outrageous library closure as a disgrace", ["outrageous", "disgrace"]),
        ("The agency buried its damning report on filthy water", ["damning", "filthy"]),
        ("The mayor launched a shameless grab on parking charges", ["shameless", "grab"]),
        ("Engineers ignored the crumbling bridge in a scandalous failure", ["scandalous", "crumbling"]),
        ("The court caved in a cowardly and pathetic ruling", ["cowardly", "pathetic"]),
        ("The company boasted of obscene profits while gouging customers", ["obscene", "gouging"]),
        ("The board installed a disgraced crony at the museum", ["disgraced", "crony"]),
    ]
    rows: list[dict[str, object]] = [{"text": t, "biased": False, "biased_words": []} for t in calm * 2]
    rows += [{"text": t, "biased": True, "biased_words": w} for t, w in hot * 2]
    return rows


def test_fitted_term_matches_the_fitting_block() -> None:
    # The build fits 96 weights on mean vectors; run time reads a word -> share table. For
    # any sentence the two must give the same term (up to the table's 4-decimal rounding).
    from tools.build_tone_model import fit

    d = fit(_rows(), {}, {}, {"min_df": 1, "wemb": 0, "unattested_common": 0})
    assert len(d["wordvec_w"]) == wordvec.table().dim and d["dense"]["wvec"] == 1.0
    m = ToneModel.from_dict(d, vader_lexicon())
    u = np.asarray(d["wordvec_w"])
    for text in (
        "The council called the harbour budget scandalous",
        'The mayor said "a reckless and wasteful scheme will hurt everyone" in Harlow',
    ):
        # Eighth session: an unattested ordinary word's vector is moved toward a reference
        # vector by the fit, its share toward ``wvec_ref`` at run time; a share is linear in
        # the vector, so any vector r with u . r = wvec_ref gives the same term.
        w_ref = d["unattested"]["wvec_ref"]
        assert w_ref is not None
        r = u * (w_ref / float(u @ u))
        expected = float(u @ mean_vectors([text], [m.lex], [r])[0])
        assert m.features(text).dense[_WVEC] == pytest.approx(expected, abs=1e-3)
        assert m.fast_logit(text) == pytest.approx(m.logit(m.features(text)), abs=1e-9)
    off = fit(_rows(), {}, {}, {"min_df": 1, "wemb": 0, "wvec": 0, "unattested_common": 0})
    assert off["wordvec_w"] == [] and off["wvec"] == {} and off["dense"]["wvec"] == 0.0
