"""Meaning-based word probabilities (default path) and the optional dense tone head.

Every sentence here is written for the tests.
"""

from __future__ import annotations

import numpy as np
import pytest

from plainwire.analyze import article_tone
from plainwire.analyze.dense_tone import DenseHead
from plainwire.analyze.features import DENSE, Lexicons, featurize, word_info
from plainwire.analyze.model import ToneModel, default_model, vader_lexicon
from plainwire.analyze.text import stem
from plainwire.analyze.tone import RESCORE_MAX
from plainwire.models import Article

_W_SUM, _W_MAX = DENSE.index("wemb_sum"), DENSE.index("wemb_max")


def _lex(wemb: dict[str, float]) -> Lexicons:
    return Lexicons(vader={}, loaded={}, marked={}, wemb=wemb)


def test_wemb_reaches_unlisted_forms_through_the_stem() -> None:
    lex = _lex({"grumbly": 0.4, "~" + stem("snarling"): 0.3})
    assert word_info("grumbly", lex).wemb == 0.4
    assert word_info("snarled", lex).wemb == pytest.approx(0.3)  # same stem, not listed itself
    assert word_info("table", lex).wemb == 0.0


def test_wemb_ignores_function_words_and_names() -> None:
    lex = _lex({"the": 0.9, "grumbly": 0.4, "brisk": 0.2})
    f = featurize("the Grumbly report was brisk", lex, 0.5)
    # "the" is a function word, "Grumbly" a name (capitalised inside the sentence)
    assert f.dense[_W_SUM] == pytest.approx(0.2)
    assert f.dense[_W_MAX] == pytest.approx(0.2)
    quoted = featurize('She said "the report was brisk and grumbly today"', lex, 0.5)
    assert quoted.dense[_W_MAX] == pytest.approx(0.2)  # 0.4 discounted inside the quotation
    assert quoted.dense[_W_SUM] == pytest.approx(0.3)


def _toy_model(wemb: dict[str, float]) -> ToneModel:
    d = {"bias": -1.0, "dense": {"wemb_sum": 3.0, "wemb_max": 1.0}, "words": {}, "wemb": wemb}
    return ToneModel.from_dict(d, vader_lexicon())


@pytest.mark.parametrize(
    "text",
    [
        "the report was grumbly and brisk",
        'A spokesman said "the report was grumbly and brisk" on Monday',
        "The Grumbly Brisk Report Was Out",
    ],
)
def test_wemb_fast_path_matches_features(text: str) -> None:
    m = _toy_model({"grumbly": 0.6, "brisk": 0.1, "report": 0.05})
    assert m.fast_logit(text) == pytest.approx(m.logit(m.features(text)), abs=1e-9)


def test_wemb_word_is_evidence() -> None:
    m = _toy_model({"grumbly": 0.6, "report": 0.01})
    _p, ev, _z = m.score("the report was grumbly today")
    assert ev and ev[0] == "grumbly"


def test_shipped_model_uses_the_meaning_table() -> None:
    m = default_model()
    assert len(m.lex.wemb) > 10_000
    # fitted weights (not set by hand): the table is only worth shipping if the model uses it
    assert m.dense_w[_W_SUM] > 0 or m.dense_w[_W_MAX] > 0


def _article(sentences: list[str]) -> Article:
    return Article(id="a", title="", text=" ".join(sentences), url="")


PLAIN = [f"The committee met on day {i} and reviewed the schedule." for i in range(1, 30)]
HOT = "The senator slammed the reckless and shameful scheme as an outright disaster."


def test_identity_rescore_changes_nothing() -> None:
    art = _article([*PLAIN[:10], HOT])
    assert article_tone(art, rescore=lambda units: [z for z, _t in units]) == article_tone(art)


def test_rescore_sees_the_most_loaded_units_first_and_sets_the_score() -> None:
    # 12 units: the score averages the top four (ninth session: at least four units), so the
    # heated sentence makes the article Measured and it shows that sentence's phrases
    art = _article([*PLAIN[:11], HOT])
    seen: list[list[tuple[float, str]]] = []

    def rescore(units):
        seen.append(list(units))
        return [z - 10.0 for z, _t in units]  # a head that finds everything calm

    tone = article_tone(art, rescore=rescore)
    assert len(seen) == 1
    units = seen[0]
    assert len(units) == RESCORE_MAX  # 12 units, top four averaged: the rescorer sees 8
    assert units[0][1] == HOT
    assert [z for z, _t in units] == sorted((z for z, _t in units), reverse=True)
    plain = article_tone(art)
    assert tone.score < plain.score
    # the rescored units sank below the plain ones: the evidence no longer comes from HOT
    assert any("slammed" in e for e in plain.evidence)
    assert not any("slammed" in e for e in tone.evidence)
    assert all(e in art.text for e in tone.evidence)  # evidence stays words of the text


def test_dense_head_combine() -> None:
    head = DenseHead.from_dict({"w": [1.0, -1.0], "b": 0.5, "stack": [0.5, 2.0, -0.25]})
    h = head.head_logits(np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float32))
    assert h.tolist() == pytest.approx([1.5, -0.5])
    assert head.combine([2.0, -2.0], h) == pytest.approx(
        [0.5 * 2 + 2 * 1.5 - 0.25, 0.5 * -2 + 2 * -0.5 - 0.25]
    )


@pytest.mark.extra
def test_dense_tone_separates_loaded_from_plain_and_keeps_evidence_from_text() -> None:
    from plainwire.analyze import analyze
    from plainwire.analyze.dense_tone import article_tone_dense, default_head

    head = default_head()
    assert len(head.weights) == 384
    calm = _article(PLAIN[:6])
    hot = _article(
        [
            HOT,
            "Extremist thugs terrorized the peaceful neighborhood in a shocking rampage.",
            "The administration's shameful lies have fueled a toxic campaign of hatred.",
        ]
    )
    t_calm, t_hot = article_tone_dense(calm), article_tone_dense(hot)
    assert t_calm.score < 0.5 <= t_hot.score
    assert t_hot.evidence and all(e in hot.text for e in t_hot.evidence)
    assert analyze(hot, dense=True).tone == t_hot


@pytest.mark.extra
def test_analyze_cli_uses_tone_dense_setting(tmp_path, monkeypatch) -> None:
    import json

    from typer.testing import CliRunner

    from plainwire.analyze.dense_tone import article_tone_dense
    from plainwire.cli.main import app

    art = _article([HOT, *PLAIN[:3]])
    inp = tmp_path / "in.jsonl"
    inp.write_text(json.dumps({"id": "a", "title": "", "text": art.text}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    monkeypatch.setenv("PLAINWIRE_HOME", str(tmp_path))
    (tmp_path / "plainwire.toml").write_text("tone_dense = true\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["analyze", str(inp), "-o", str(out)])
    assert result.exit_code == 0, result.output
    got = json.loads(out.read_text().splitlines()[0])["tone"]
    want = article_tone_dense(art)
    assert got["score"] == pytest.approx(want.score, abs=1e-4)  # the CLI rounds to 4 places
    assert got["score"] != pytest.approx(article_tone(art).score, abs=1e-4)
