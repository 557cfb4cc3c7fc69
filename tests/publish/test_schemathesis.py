"""Property-based tests of the JSON API against its own OpenAPI schema (Schemathesis).

Schemathesis' pytest plugin (``from_fixture``/``parametrize``) does not run under this
pytest version, so each operation is driven through Hypothesis directly with
``operation.as_strategy()``; the list of operations is checked against the schema.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode

from plainwire.publish import create_app
from plainwire.settings import Config

OPERATIONS = [
    ("GET", "/api/v1/stories"),
    ("GET", "/api/v1/stories/{story_id}"),
    ("GET", "/api/v1/stories/{story_id}/articles"),
    ("GET", "/api/v1/articles"),
    ("GET", "/api/v1/articles/{article_id}"),
    ("GET", "/api/v1/sources"),
    ("GET", "/api/v1/health"),
]


@pytest.fixture(scope="module")
def api_schema(config: Config) -> schemathesis.BaseSchema:
    return schemathesis.openapi.from_asgi("/api/v1/openapi.json", create_app(config))


def test_every_operation_is_exercised(api_schema: schemathesis.BaseSchema) -> None:
    found = {(r.ok().method.upper(), r.ok().path) for r in api_schema.get_all_operations()}
    assert found == set(OPERATIONS)


# Operations without parameters cannot be sent invalid data.
CASES = [(m, p, GenerationMode.POSITIVE) for m, p in OPERATIONS] + [
    (m, p, GenerationMode.NEGATIVE) for m, p in OPERATIONS if p not in {"/api/v1/sources", "/api/v1/health"}
]


@pytest.mark.parametrize(("method", "path", "mode"), CASES)
def test_operation_conforms_to_schema(
    api_schema: schemathesis.BaseSchema, method: str, path: str, mode: GenerationMode
) -> None:
    operation = api_schema[path][method]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def run(case: schemathesis.Case) -> None:
        case.call_and_validate()

    run()
