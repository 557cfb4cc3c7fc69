"""The optional LLM rewrite, against a local fake server that speaks chat-completions."""

import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from plainwire.synthesize import synthesize
from plainwire.synthesize.llm import LLMConfig, rewrite

from .fixtures import BRIDGE


class FakeLLM:
    """Answers POST /v1/chat/completions with ``reply(request_json)`` as the message content."""

    def __init__(self) -> None:
        self.requests: list[dict] = []
        self.reply: Callable[[dict], str] = lambda req: "{}"
        self.status = 200
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server API)
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                fake.requests.append(
                    {"path": self.path, "auth": self.headers.get("Authorization"), "body": body}
                )
                if self.path != "/v1/chat/completions" or fake.status != 200:
                    self.send_response(fake.status if fake.status != 200 else 404)
                    self.end_headers()
                    return
                out = {
                    "id": "cmpl-1",
                    "object": "chat.completion",
                    "model": body["model"],
                    "choices": [
                        {
                            "index": 0,
                            "message": {"role": "assistant", "content": fake.reply(body)},
                            "finish_reason": "stop",
                        }
                    ],
                }
                data = json.dumps(out).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"


@pytest.fixture()
def llm() -> Iterator[FakeLLM]:
    fake = FakeLLM()
    th = threading.Thread(target=fake.server.serve_forever, daemon=True)
    th.start()
    yield fake
    fake.server.shutdown()
    fake.server.server_close()
    th.join(5)


@pytest.fixture(scope="module")
def base():
    return synthesize("bridge", BRIDGE)


def _answer(headline: str, story: str) -> Callable[[dict], str]:
    return lambda req: (
        "Here you go:\n```json\n" + json.dumps({"headline": headline, "story": story}) + "\n```"
    )


def test_supported_rewrite_is_used_with_provenance(llm, base):
    llm.reply = _answer(
        "Riverton council approves $40 million Grey River bridge",
        "The Riverton city council voted 7-2 on Tuesday to approve $40 million for a new Grey River bridge. "
        "Mayor Lena Ortiz said construction would begin in March.",
    )
    out = rewrite(base, LLMConfig(base_url=llm.url, model="tiny", api_key="k1"))
    assert out.headline == "Riverton council approves $40 million Grey River bridge"
    assert [s.text for s in out.story][1] == "Mayor Lena Ortiz said construction would begin in March."
    for s in out.story:
        assert s.support and all(r.article_id in {"hd-1", "vp-1", "mw-1"} for r in s.support)
    req = llm.requests[0]
    assert req["path"] == "/v1/chat/completions" and req["auth"] == "Bearer k1"
    assert req["body"]["model"] == "tiny"
    prompt = req["body"]["messages"][-1]["content"]
    assert "$40 million" in prompt and "vanity" not in prompt  # opinion pieces never reach the model
    assert out.highlights == base.highlights and out.opinions == base.opinions


def test_invented_fact_keeps_extractive_story(llm, base):
    llm.reply = _answer(
        "Riverton council approves new bridge",
        "The Riverton council approved $40 million for a new bridge on Tuesday. "
        "The governor promised to veto the project next week.",
    )
    out = rewrite(base, LLMConfig(base_url=llm.url, model="tiny"))
    assert out.story == base.story
    assert any("extractive story kept" in n for n in out.notes)


def test_invented_number_rejected(llm, base):
    llm.reply = _answer(
        "Riverton approves $55 million bridge",
        "The Riverton city council voted 7-2 on Tuesday to approve $55 million for a new bridge over the Grey River.",
    )
    out = rewrite(base, LLMConfig(base_url=llm.url, model="tiny"))
    assert out.story == base.story and out.headline == base.headline


def test_max_words_cuts_generated_story(llm, base):
    llm.reply = _answer(
        "Riverton council approves new bridge",
        "The Riverton city council voted 7-2 on Tuesday to approve $40 million for a new bridge over the Grey River. "
        "Mayor Lena Ortiz said construction would begin in March.",
    )
    out = rewrite(base, LLMConfig(base_url=llm.url, model="tiny"), max_words=25)
    assert sum(len(s.text.split()) for s in out.story) <= 25
    assert len(out.story) == 1


@pytest.mark.parametrize("reply", ["not json at all", '{"headline": 3}', '["a", "b"]'])
def test_bad_answers_keep_extractive(llm, base, reply):
    llm.reply = lambda req: reply
    out = rewrite(base, LLMConfig(base_url=llm.url, model="tiny"))
    assert (out.headline, out.story) == (base.headline, base.story)
    assert any("LLM rewrite failed" in n for n in out.notes)


def test_server_error_and_unreachable_keep_extractive(llm, base):
    llm.status = 500
    out = rewrite(base, LLMConfig(base_url=llm.url, model="tiny"))
    assert out.story == base.story and any("LLM rewrite failed" in n for n in out.notes)
    dead = rewrite(base, LLMConfig(base_url="http://127.0.0.1:9/v1", model="tiny", timeout=2))
    assert dead.story == base.story and any("LLM rewrite failed" in n for n in dead.notes)


def test_cli_flags_route_through_the_endpoint(llm, tmp_path):
    from typer.testing import CliRunner

    from plainwire.cli.main import app

    llm.reply = _answer(
        "Riverton council approves Grey River bridge",
        "The Riverton city council voted 7-2 on Tuesday to approve $40 million for a new Grey River bridge.",
    )
    inp = tmp_path / "in.jsonl"
    arts = [{"id": a.id, "title": a.title, "text": a.text, "url": a.url, "source": a.source} for a in BRIDGE]
    inp.write_text(json.dumps({"story_id": "bridge", "articles": arts}) + "\n")
    res = CliRunner().invoke(app, ["synthesize", str(inp), "--llm-url", llm.url, "--llm-model", "tiny"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["headline"] == "Riverton council approves Grey River bridge"
    assert out["story"].startswith("The Riverton city council voted 7-2")
    assert llm.requests and llm.requests[0]["body"]["model"] == "tiny"
