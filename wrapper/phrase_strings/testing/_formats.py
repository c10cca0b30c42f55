"""Reading and writing the locale file formats the fake supports, as flat ``{key name: text}`` mappings.

Nested formats join levels with ``.`` (as Phrase names keys from nested files). ``read`` returns the
translations per column: ``None`` for the upload's own locale, or a column header (CSV) for the engine to
map onto a locale.
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET  # locale files in tests come from the test's own author
from collections.abc import Callable, Mapping

from . import _yaml
from ._errors import FormatError

Flat = dict[str, str]
Columns = dict[str | None, Flat]


def _flatten(tree: Mapping[str, object], prefix: str = "") -> Flat:
    flat: Flat = {}
    for key, value in tree.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(_flatten(value, f"{name}."))
        elif isinstance(value, str):
            flat[name] = value
        elif value is None:
            flat[name] = ""
        elif isinstance(value, bool | int | float):
            flat[name] = json.dumps(value)
        else:
            raise FormatError(f"key {name!r}: lists are not supported")
    return flat


def _nest(flat: Mapping[str, str]) -> _yaml.Tree:
    tree: _yaml.Tree = {}
    for name, value in flat.items():
        *parents, leaf = name.split(".")
        node: _yaml.Tree | None = tree
        for part in parents:
            child = node.setdefault(part, {}) if node is not None else None
            node = child if isinstance(child, dict) else None
        if node is not None and not isinstance(node.get(leaf), dict):
            node[leaf] = value
        else:
            tree[name] = value  # "a" holds text and "a.b" exists too: keep the dotted name whole
    return tree


def _json_object(data: bytes) -> dict[str, object]:
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise FormatError(f"not valid JSON: {error}") from None
    if not isinstance(value, dict):
        raise FormatError("the JSON file must hold an object")
    return value


def _read_yml(data: bytes, locale_code: str | None) -> Columns:
    tree = _yaml.load(_decode(data))
    # Rails files keep everything under the locale code.
    if len(tree) == 1:
        (root, inner), *_ = tree.items()
        if isinstance(inner, dict):
            return {root if locale_code is None else None: _flatten(inner)}
    return {None: _flatten(tree)}


def _read_yml_symfony(data: bytes, locale_code: str | None) -> Columns:
    return {None: _flatten(_yaml.load(_decode(data)))}


def _read_simple_json(data: bytes, locale_code: str | None) -> Columns:
    obj = _json_object(data)
    if any(isinstance(value, dict) for value in obj.values()):
        raise FormatError("simple_json holds one level of keys; use nested_json for nested objects")
    return {None: _flatten(obj)}


def _read_nested_json(data: bytes, locale_code: str | None) -> Columns:
    return {None: _flatten(_json_object(data))}


_ANDROID_ESCAPES = {"n": "\n", "t": "\t", "'": "'", '"': '"', "@": "@", "?": "?", "\\": "\\"}


def _read_xml(data: bytes, locale_code: str | None) -> Columns:
    try:
        root = ET.fromstring(data)  # noqa: S314 - expat refuses entity expansion attacks; input is the tester's
    except ET.ParseError as error:
        raise FormatError(f"not valid XML: {error}") from None
    if root.tag != "resources":
        raise FormatError(f"an Android file's root element is <resources>, not <{root.tag}>")
    flat: Flat = {}
    for element in root:
        if element.tag != "string":
            raise FormatError(f"<{element.tag}> elements are not supported (only <string>)")
        name = element.get("name")
        if not name:
            raise FormatError("a <string> element has no name")
        text = "".join(element.itertext()).strip()
        if len(text) >= 2 and text[0] == text[-1] == '"':
            text = text[1:-1]
        flat[name] = re.sub(r"\\(.)", lambda m: _ANDROID_ESCAPES.get(m.group(1), m.group(0)), text)
    return {None: flat}


_STRINGS_ENTRY = re.compile(r'\s*(?:/\*.*?\*/|//[^\n]*|"((?:[^"\\]|\\.)*)"\s*=\s*"((?:[^"\\]|\\.)*)"\s*;)', re.S)
_STRINGS_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "'": "'"}


def _strings_unescape(text: str) -> str:
    def one(match: re.Match[str]) -> str:
        code = match.group(1)
        if code[0] in "uU":
            return chr(int(code[1:], 16))
        return _STRINGS_ESCAPES.get(code, code)

    return re.sub(r"\\(U[0-9a-fA-F]{4}|u[0-9a-fA-F]{4}|.)", one, text)


def _read_strings(data: bytes, locale_code: str | None) -> Columns:
    text = _decode(data)
    flat: Flat = {}
    position = 0
    while position < len(text):
        match = _STRINGS_ENTRY.match(text, position)
        if match is None:
            if not text[position:].strip():
                break
            line = text.count("\n", 0, position) + 1
            raise FormatError(f'.strings line {line}: expected "key" = "value";')
        if match.group(1) is not None:
            flat[_strings_unescape(match.group(1))] = _strings_unescape(match.group(2))
        position = match.end()
    return {None: flat}


def _read_csv(data: bytes, locale_code: str | None) -> Columns:
    rows = list(csv.reader(io.StringIO(_decode(data))))
    if not rows or len(rows[0]) < 2:
        raise FormatError("a CSV file needs a header row: key_name, then one column per locale")
    header = rows[0]
    columns: Columns = {name: {} for name in header[1:]}
    for number, row in enumerate(rows[1:], 2):
        if not row:
            continue
        if len(row) > len(header):
            raise FormatError(f"CSV row {number} has more cells than the header")
        for name, value in zip(header[1:], row[1:], strict=False):
            columns[name][row[0]] = value
    return columns


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FormatError(f"the file is not UTF-8: {error}") from None


def _write_yml(flat: Flat, locale_code: str) -> str:
    return _yaml.dump({locale_code: _nest(flat)})


def _write_yml_symfony(flat: Flat, locale_code: str) -> str:
    return _yaml.dump(_nest(flat))


def _write_simple_json(flat: Flat, locale_code: str) -> str:
    return json.dumps(flat, ensure_ascii=False, indent=2) + "\n"


def _write_nested_json(flat: Flat, locale_code: str) -> str:
    return json.dumps(_nest(flat), ensure_ascii=False, indent=2) + "\n"


def _android_escape(text: str) -> str:
    text = text.replace("\\", "\\\\").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("'", "\\'").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return "\\" + text if text.startswith(("@", "?")) else text


def _write_xml(flat: Flat, locale_code: str) -> str:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<resources>"]
    for name, value in flat.items():
        attribute = name.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
        lines.append(f'  <string name="{attribute}">{_android_escape(value)}</string>')
    return "\n".join([*lines, "</resources>", ""])


def _strings_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")


def _write_strings(flat: Flat, locale_code: str) -> str:
    return "".join(f'"{_strings_escape(name)}" = "{_strings_escape(value)}";\n' for name, value in flat.items())


def _write_csv(flat: Flat, locale_code: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["key_name", locale_code])
    writer.writerows(flat.items())
    return out.getvalue()


Reader = Callable[[bytes, str | None], Columns]
Writer = Callable[[Flat, str], str]

#: api name -> (display name, file extension, reader, writer)
FORMATS: dict[str, tuple[str, str, Reader, Writer]] = {
    "yml": ("Ruby/Rails YAML", "yml", _read_yml, _write_yml),
    "yml_symfony": ("Symfony YAML", "yml", _read_yml_symfony, _write_yml_symfony),
    "simple_json": ("Simple JSON", "json", _read_simple_json, _write_simple_json),
    "nested_json": ("Nested JSON", "json", _read_nested_json, _write_nested_json),
    "i18next": ("i18next", "json", _read_nested_json, _write_nested_json),
    "xml": ("Android Strings", "xml", _read_xml, _write_xml),
    "strings": ("iOS Localizable Strings", "strings", _read_strings, _write_strings),
    "csv": ("CSV", "csv", _read_csv, _write_csv),
}


def read(file_format: str, data: bytes, locale_code: str | None) -> Columns:
    """Translations in ``data``; ``locale_code`` is the upload's locale, if it named one."""
    return FORMATS[file_format][2](data, locale_code)


def write(file_format: str, flat: Flat, locale_code: str) -> bytes:
    """``flat`` rendered as a ``file_format`` file for ``locale_code``, in UTF-8."""
    return FORMATS[file_format][3](flat, locale_code).encode("utf-8")
