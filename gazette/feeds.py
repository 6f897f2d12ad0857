"""Feeds, sitemaps and the files a host needs (placeholder until the publish work lands)."""

from __future__ import annotations

from datetime import datetime

from gazette.config import SiteConfig


def plan(library, config: SiteConfig, now: datetime) -> list:
    """Render jobs for feeds and sitemaps (built-in templates in gazette/builtins/)."""
    return []


def extra_files(config: SiteConfig) -> list:
    """Outputs that need no template (.nojekyll, CNAME)."""
    return []
