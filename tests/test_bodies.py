"""Article bodies kept out of the main process's objects (content.pack_bodies): what
`body_html` reads, compares, hashes and pickles is the same, from a spill file or from
blocks of bytes, and the spill file leaves nothing behind."""

from __future__ import annotations

import dataclasses
import os
import pickle

import pytest

from gazette import content
from gazette.config import SiteConfig

TEXTS = ["<p>Plain text.</p>", "<p>비상계엄 선포</p>\n<p>Seoul — 12 °C</p>", "", "<p>" + "x" * 5000 + "</p>",
         "<p>日本語の記事、😀 and ascii</p>"]


def _articles(tmp_path) -> list[content.Article]:
    config = SiteConfig(root=tmp_path)
    found = []
    for i, body in enumerate(TEXTS * 4):
        text = f"---\ntitle: Story {i}\ndate: 2025-01-{i + 1:02d}\nsource: Wire\ntags: [A, B]\n---\n"
        source = content.SourceFile(f"content/s{i}.md", text + "body", f"digest{i}")
        article, problems = content.parse_article(source, config)
        assert article is not None and not problems
        found.append(dataclasses.replace(article, body_html=body))
    return found


@pytest.mark.parametrize("where", ["spill", "blocks"])
def test_packed_bodies_read_compare_and_pickle_the_same(tmp_path, where):
    articles = _articles(tmp_path)
    copies = [dataclasses.replace(a) for a in articles]
    folder = tmp_path / "cache"
    folder.mkdir()
    content.pack_bodies(articles, folder if where == "spill" else None, block_size=64)
    kinds = {type(a.__dict__["body_html"]).__name__ for a in articles}
    assert kinds == {"_Body"}
    for article, copy in zip(articles, copies):
        assert article.body_html == copy.body_html
        assert article == copy and hash(article) == hash(copy) and repr(article) == repr(copy)
        again = pickle.loads(pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL))
        assert type(again.__dict__["body_html"]) is str and again == copy
    assert os.listdir(folder) == []  # the spill file is unlinked as soon as it is made


def test_bodies_stay_in_memory_when_the_folder_cannot_hold_the_spill(tmp_path):
    articles = _articles(tmp_path)
    copies = [dataclasses.replace(a) for a in articles]
    content.pack_bodies(articles, tmp_path / "missing", block_size=64)
    blocks = {type(a.__dict__["body_html"].block) for a in articles}
    assert blocks == {bytes}
    assert [a.body_html for a in articles] == [c.body_html for c in copies]


def test_packing_twice_changes_nothing(tmp_path):
    articles = _articles(tmp_path)
    content.pack_bodies(articles, tmp_path)
    where = [a.__dict__["body_html"] for a in articles]
    content.pack_bodies(articles, tmp_path)
    assert [a.__dict__["body_html"] for a in articles] == where
