"""Shipped fitted models: read when they match the code's features, refused (with a warning) when not."""

from __future__ import annotations

import logging

from plainwire.synthesize import stop
from plainwire.synthesize.fitted import load_fitted


def test_matching_file_is_read() -> None:
    obj = load_fitted(stop.RESOURCE, stop.STOP_FEATURES, "score bar")
    assert obj is not None and len(obj["coef"]) == len(stop.STOP_FEATURES)


def test_stale_or_missing_file_falls_back_with_a_warning(caplog) -> None:  # type: ignore[no-untyped-def]
    with caplog.at_level(logging.WARNING, logger="plainwire.synthesize.fitted"):
        assert load_fitted(stop.RESOURCE, stop.STOP_FEATURES[:-1], "the score bar") is None
        assert load_fitted("no_such_model.json", ("a",), "the hand-set rule") is None
    assert [r.getMessage() for r in caplog.records] == [
        "stop_model.json was fitted for other features: the score bar",
        "no no_such_model.json: the hand-set rule",
    ]
