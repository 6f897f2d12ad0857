"""The steps that a full build (pipeline.py) and a patch of the last build
(incremental.py) share, so that the two can never drift apart: the signature of a
build's inputs, the fingerprint of a page's job, the writer with its protected
folders, and one page rendered unless the file on disk is still current.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from typing import Iterable, NamedTuple

from gazette import cache, render, writer
from gazette.config import SiteConfig
from gazette.problems import Problem


@dataclass
class BuildResult:
    articles: int
    pages: int
    files: int
    seconds: float
    held_back_drafts: int = 0
    held_back_future: int = 0
    warnings: list[Problem] = field(default_factory=list)
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    rendered: int = 0
    parsed: int = 0
    up_to_date: bool = False  # nothing had changed: nothing was parsed, rendered or written
    changed_files: tuple[str, ...] = ()  # output files whose bytes changed in this build
    patched: bool = False  # applied to the last build's plan (incremental.patch), not planned anew


def digest(*parts) -> str:
    return hashlib.blake2b(repr(parts).encode(), digest_size=16).hexdigest()


def signature(code_fp: str, config: SiteConfig, templates_fp: str,
              sources: Iterable[tuple[str, os.stat_result]], static: Iterable[writer.StaticFile]) -> str:
    """Of all a build's inputs, by the content files' dates: the same signature (while the
    build is still valid) means there is nothing to do."""
    return digest(code_fp, config.fingerprint(), templates_fp,
                  [(rel, st.st_size, st.st_mtime_ns) for rel, st in sources],
                  [(s.path, s.fingerprint) for s in static])


def fingerprinter(code_fp: str, templates_fp: str, config: SiteConfig) -> render.Fingerprinter:
    return render.Fingerprinter(digest(code_fp, templates_fp, config.fingerprint()))


def open_site(config: SiteConfig, out, previous: dict[str, cache.OutputEntry], *, checked: bool = False
              ) -> writer.SiteWriter:
    return writer.SiteWriter(out, previous=previous, checked=checked, protected=[
        config.root, config.content_path, config.templates_path, config.static_path, config.pages_path,
    ])


class Page(NamedTuple):
    """One page of a build, staged or kept: what the writer records."""

    placed: writer.Placed
    rendered: bool  # False: the file on disk was made by a job with the same fingerprint


def render_unless_current(job: render.RenderJob, renderer: render.Renderer, fingerprints: render.Fingerprinter,
                          site: writer.SiteWriter) -> Page:
    """One page: its job's fingerprint, the file on disk if a job with that fingerprint
    made it, else the page rendered and staged. Changes nothing but the staging folder:
    render workers run it, so that only small results travel back."""
    fingerprint = fingerprints.job(job)
    kept = site.current(job.path, fingerprint)
    if kept is not None:
        return Page(kept, False)
    output = renderer.render(job)
    return Page(site.put(output.path, output.data, fingerprint), True)
