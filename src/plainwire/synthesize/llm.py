"""Optional: let an OpenAI-compatible endpoint rewrite headline and story. Off by default.

Works with any server speaking the chat-completions protocol (llama.cpp server, Ollama,
vLLM, hosted APIs). The model sees only the sentences the extractive synthesizer selected
(and the other outlets' sentences that support them) and must answer with JSON
``{"headline": "...", "story": "..."}``. Nothing it writes is trusted:

- every generated story sentence must be *supported*: at least ``MIN_SUPPORT`` of its content
  words appear in one or two source sentences, and every number in it appears in the sources;
  otherwise the whole extractive story is kept (a note says why);
- the headline must be <= 14 words and pass the same check, else the extractive one is kept;
- ``max_words`` cuts the generated story at a sentence boundary, as for the extractive one;
- any transport, protocol or JSON error keeps the extractive result, with a note.
Generated sentences carry as provenance the source sentences that support them.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, replace

import httpx

from plainwire.models import SentenceRef, StorySentence, StorySynthesis
from plainwire.synthesize.headline import MAX_WORDS as HEADLINE_MAX_WORDS
from plainwire.synthesize.sentences import split_sentences
from plainwire.synthesize.textstats import content_stems

log = logging.getLogger(__name__)

MIN_SUPPORT = 0.75
_NUM = re.compile(r"\d+(?:[.,]\d+)*")

SYSTEM = (
    "You are a news editor writing for readers across the political spectrum. Use ONLY facts stated "
    "in the numbered source sentences. Do not add facts, names, numbers, causes or judgements. Prefer "
    "plain verbs (said, criticized) over charged ones. Answer with a JSON object only: "
    '{"headline": "<neutral, specific, at most 14 words>", "story": "<one paragraph, most important '
    'fact first>"}'
)


@dataclass(frozen=True, slots=True)
class LLMConfig:
    base_url: str  # e.g. http://127.0.0.1:8080/v1
    model: str
    api_key: str | None = None
    timeout: float = 60.0
    temperature: float = 0.0
    max_tokens: int = 600


def _sources(result: StorySynthesis) -> list[SentenceRef]:
    seen: dict[tuple[str, int], SentenceRef] = {}
    for s in result.story:
        for r in s.support:
            seen.setdefault((r.article_id, r.index), r)
    return list(seen.values())


def _prompt(sources: list[SentenceRef], words: int) -> str:
    lines = [f"[{i + 1}] ({r.source or 'outlet'}) {r.text}" for i, r in enumerate(sources)]
    return (
        "Source sentences:\n"
        + "\n".join(lines)
        + f"\n\nWrite the headline and a story of at most {words} words."
    )


def _support(sentence: str, sources: list[SentenceRef]) -> tuple[SentenceRef, ...] | None:
    """The one or two source sentences that carry this sentence's words, or None."""
    stems = set(content_stems(sentence))
    nums = set(_NUM.findall(sentence))
    src_text = " ".join(r.text for r in sources)
    if nums - set(_NUM.findall(src_text)):
        return None  # a number the sources never gave
    if not stems:
        return None
    src_stems = [set(content_stems(r.text)) for r in sources]
    order = sorted(range(len(sources)), key=lambda i: -len(stems & src_stems[i]))
    if not order:
        return None
    best = order[0]
    if len(stems & src_stems[best]) / len(stems) >= MIN_SUPPORT:
        return (sources[best],)
    for j in order[1:3]:
        if len(stems & (src_stems[best] | src_stems[j])) / len(stems) >= MIN_SUPPORT:
            return (sources[best], sources[j])
    return None


def _ask(config: LLMConfig, prompt: str, client: httpx.Client | None) -> dict[str, str]:
    headers = {"Authorization": f"Bearer {config.api_key}"} if config.api_key else {}
    body = {
        "model": config.model,
        "messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": prompt}],
        "temperature": config.temperature,
        "max_tokens": config.max_tokens,
    }
    url = config.base_url.rstrip("/") + "/chat/completions"
    own = client is None
    c = client or httpx.Client(timeout=config.timeout)
    try:
        resp = c.post(url, json=body, headers=headers)
        resp.raise_for_status()
        content = resp.json()["choices"][0]["message"]["content"]
    finally:
        if own:
            c.close()
    m = re.search(r"\{.*\}", content, re.S)  # models like to wrap JSON in prose or fences
    if not m:
        raise ValueError("no JSON object in the answer")
    obj = json.loads(m.group(0))
    if (
        not isinstance(obj, dict)
        or not isinstance(obj.get("story"), str)
        or not isinstance(obj.get("headline"), str)
    ):
        raise ValueError("answer lacks string 'headline' and 'story'")
    return obj


def rewrite(
    result: StorySynthesis,
    config: LLMConfig,
    *,
    max_words: int | None = None,
    client: httpx.Client | None = None,
) -> StorySynthesis:
    """Headline and story written by the endpoint where every sentence is supported; else ``result``."""
    sources = _sources(result)
    if not sources:
        return result
    words = max_words if max_words is not None else max(120, len(result.story_text.split()))
    try:
        answer = _ask(config, _prompt(sources, words), client)
    except (httpx.HTTPError, ValueError, KeyError, IndexError, TypeError) as exc:
        log.warning("LLM rewrite of %s failed: %s", result.story_id, exc)
        return replace(result, notes=result.notes + (f"LLM rewrite failed ({exc}); extractive text kept",))
    notes = list(result.notes)
    headline = " ".join(answer["headline"].split()).rstrip(".")
    if not headline or len(headline.split()) > HEADLINE_MAX_WORDS or _support(headline, sources) is None:
        notes.append("LLM headline unsupported or too long; extractive headline kept")
        headline = result.headline
    story: list[StorySentence] = []
    total = 0
    unsupported = None
    for sent in split_sentences(answer["story"]):
        sup = _support(sent, sources)
        if sup is None:
            unsupported = sent
            break
        n = len(sent.split())
        if max_words is not None and total + n > max_words:
            break
        story.append(StorySentence(text=sent, support=sup))
        total += n
    if unsupported is not None or not story:
        why = f"unsupported sentence {unsupported!r}" if unsupported else "empty story"
        notes.append(f"LLM story rejected ({why}); extractive story kept")
        return replace(result, headline=headline, notes=tuple(notes))
    notes.append(
        "headline and story rewritten by an LLM from the selected sentences; every sentence checked against them"
    )
    return replace(result, headline=headline, story=tuple(story), notes=tuple(notes))
