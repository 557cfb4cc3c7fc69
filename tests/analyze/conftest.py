"""Shared fixtures for the analysis tests."""

from __future__ import annotations

from collections import Counter

import pytest

from plainwire.analyze import features as features_mod


@pytest.fixture
def full_reads(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How often each text is read in full (``featurize``) while the test runs: the hot-path
    tests count reads through the name the tone model calls."""
    calls: Counter[str] = Counter()
    real = features_mod.featurize

    def counting(text: str, *args: object, **kwargs: object) -> features_mod.SentenceFeatures:
        calls[text] += 1
        return real(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("plainwire.analyze.model.featurize", counting)
    return calls
