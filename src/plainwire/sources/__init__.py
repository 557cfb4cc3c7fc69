"""Sources stage: polite fetching, feeds, OPML outlet lists, and article inputs.

* :mod:`plainwire.sources.fetch` -- ``FetchConfig``, ``Fetcher`` (robots.txt, per-host
  politeness, SSRF guard, size/time limits, retries, conditional GET), ``fetch_many``.
* :mod:`plainwire.sources.feeds` -- ``parse_feed`` (RSS/Atom/JSON Feed/news sitemaps),
  ``discover_feeds``.
* :mod:`plainwire.sources.discover` -- ``resolve_outlet``: homepage or feed URL -> Outlet.
* :mod:`plainwire.sources.opml` -- ``load_opml``, ``dump_opml``, ``default_outlets``.
* :mod:`plainwire.sources.base` -- the ``Source`` protocol and feed/WARC/JSONL/HTML-folder
  sources yielding ``Page`` / ``Article`` / ``Failure`` records.

Submodules are imported on demand; importing this package is cheap.
"""
