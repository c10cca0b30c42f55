"""The fake's file readers and writers on their own: the YAML subset, escapes, and clear refusals."""

from __future__ import annotations

import pytest
from phrase_strings.testing._errors import FormatError
from phrase_strings.testing._formats import read, write
from phrase_strings.testing._yaml import dump, load


def test_yaml_reads_quotes_comments_and_blocks() -> None:
    text = """# header
en:
  plain: Hello world   # trailing comment
  single: 'it''s # not a comment'
  double: "tab\\there \\u00e9"
  "quoted key": yes
  empty:
  folded: >
    one
    two
  literal: |-
    line 1
    line 2
"""
    assert load(text) == {
        "en": {
            "plain": "Hello world",
            "single": "it's # not a comment",
            "double": "tab\there \u00e9",
            "quoted key": "yes",
            "empty": "",
            "folded": "one two\n",
            "literal": "line 1\nline 2",
        }
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a:\n  - x\n", "line 2"),
        ("a: [x, y]\n", "line 1"),
        ("a: 'open\n", "unclosed quote"),
        ('a: "\\q"\n', "unknown escape"),
        ("just text\n", "expected 'key: value'"),
    ],
)
def test_yaml_refuses_what_it_does_not_support(text: str, message: str) -> None:
    with pytest.raises(FormatError, match=message):
        load(text)


def test_yaml_dump_reads_back_including_awkward_text() -> None:
    tree = {"en": {"true": "yes", "a b": "x: y # z", "n": 'quote " and \\ and \n newline', "e": ""}}
    assert load(dump(tree)) == tree  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("file_format", "data", "message"),
    [
        ("simple_json", b'{"a": {"b": "c"}}', "nested_json"),
        ("nested_json", b"[1]", "must hold an object"),
        ("xml", b"<root/>", "<resources>"),
        ("xml", b'<resources><plurals name="x"/></resources>', "<plurals>"),
        ("strings", b'"a" = "b"\n', "line 1"),
        ("csv", b"only_one_column\n", "header row"),
        ("yml", b"\xff\xfe", "not UTF-8"),
    ],
)
def test_readers_name_what_is_wrong(file_format: str, data: bytes, message: str) -> None:
    with pytest.raises(FormatError, match=message):
        read(file_format, data, "en")


def test_nested_writers_keep_a_key_that_is_also_a_prefix() -> None:
    flat = {"a": "parent text", "a.b": "child"}
    assert read("nested_json", write("nested_json", flat, "en"), "en") == {None: flat}


def test_android_writer_escapes_what_android_needs() -> None:
    written = write("xml", {"k": "@at 'q' <b> & \"d\""}, "en").decode()
    assert '<string name="k">\\@at \\\'q\\\' &lt;b&gt; &amp; \\"d\\"</string>' in written
    assert read("xml", written.encode(), "en") == {None: {"k": "@at 'q' <b> & \"d\""}}
