"""One pass of the main job: poll sources, fetch and extract new articles, analyse,
cluster, store, and re-synthesise the stories that changed.

Each step is idempotent: re-running a pass over the same inputs changes nothing, and a
crash between steps leaves the store consistent (articles are stored before they are
clustered; a story is re-synthesised whenever its membership signature differs from the
one its stored synthesis was made from).

The pass is split by concern into the modules of this package (see ``core.Pipeline``);
this module re-exports what the CLI, the scheduler, benches and tests use.
"""

from plainwire.pipeline.base import fetcher_for
from plainwire.pipeline.core import Pipeline
from plainwire.pipeline.entries import entry_from_json, entry_to_json, known_dates
from plainwire.pipeline.handoff import stored_analysis
from plainwire.pipeline.placement import REBUILD_SHARE, story_id_for
from plainwire.pipeline.report import PassReport, ReclusterSummary

#: The old private name (docs/benchmarks.md's timing command uses it).
_known_dates = known_dates

__all__ = [
    "REBUILD_SHARE",
    "PassReport",
    "Pipeline",
    "ReclusterSummary",
    "entry_from_json",
    "entry_to_json",
    "fetcher_for",
    "known_dates",
    "story_id_for",
    "stored_analysis",
]
