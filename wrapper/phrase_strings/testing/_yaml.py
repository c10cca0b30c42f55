"""The part of YAML that locale files use: nested block mappings of text, read and written on the stdlib.

Locale files are mappings of mappings ending in strings; sequences, anchors, tags and flow collections are
refused with a clear `FormatError` rather than misread, so the library needs no YAML dependency.
"""

from __future__ import annotations

import json
import re

from ._errors import FormatError

Tree = dict[str, "Tree | str"]

_PLAIN_KEY = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.\-]*$")
_RESERVED = {"true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"}
_ESCAPES = {"0": "\0", "a": "\a", "b": "\b", "t": "\t", "n": "\n", "v": "\v", "f": "\f", "r": "\r", "e": "\x1b"}
_ESCAPES |= {" ": " ", '"': '"', "/": "/", "\\": "\\", "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029"}


def dump(tree: Tree) -> str:
    """Block-style YAML for ``tree``; every value double-quoted so no text is read back as another type."""
    lines: list[str] = []

    def emit(node: Tree, depth: int) -> None:
        for key, value in node.items():
            name = (
                key if _PLAIN_KEY.match(key) and key.lower() not in _RESERVED else json.dumps(key, ensure_ascii=False)
            )
            if isinstance(value, dict):
                lines.append(f"{'  ' * depth}{name}:")
                emit(value, depth + 1)
            else:
                lines.append(f"{'  ' * depth}{name}: {json.dumps(value, ensure_ascii=False)}")

    emit(tree, 0)
    return "\n".join(lines) + "\n"


def load(text: str) -> Tree:
    """Parse nested block mappings whose leaves are scalars (plain, quoted or ``|``/``>`` blocks)."""
    lines = [(number, raw) for number, raw in enumerate(text.splitlines(), 1)]
    root: Tree = {}
    stack: list[tuple[int, Tree]] = [(-1, root)]
    index = 0
    while index < len(lines):
        number, raw = lines[index]
        index += 1
        content = _strip_comment(raw)
        if not content.strip() or content.strip() in ("---", "..."):
            continue
        if "\t" in raw[: len(raw) - len(raw.lstrip())]:
            raise FormatError(f"YAML line {number}: tabs may not indent")
        indent = len(content) - len(content.lstrip(" "))
        body = content.strip()
        if body.startswith(("- ", "[", "{", "&", "*", "!", "?")) or body == "-":
            raise FormatError(f"YAML line {number}: only mappings of text are supported, not {body[:20]!r}")
        key, rest = _split_key(body, number)
        while indent <= stack[-1][0]:
            stack.pop()
        parent = stack[-1][1]
        if rest in ("", "~", "null"):
            # A key with nothing after it holds the lines indented below it, or no text at all.
            following = _next_indent(lines, index)
            if following is not None and following > indent:
                child: Tree = {}
                parent[key] = child
                stack.append((indent, child))
            else:
                parent[key] = ""
        elif rest[0] in "|>":
            block, index = _block_scalar(rest, lines, index, indent, number)
            parent[key] = block
        else:
            parent[key] = _scalar(rest, number)
    return root


def _next_indent(lines: list[tuple[int, str]], index: int) -> int | None:
    for _, raw in lines[index:]:
        content = _strip_comment(raw)
        if content.strip():
            return len(content) - len(content.lstrip(" "))
    return None


def _strip_comment(raw: str) -> str:
    quote = ""
    position = 0
    while position < len(raw):
        char = raw[position]
        if quote == '"' and char == "\\":
            position += 1  # skip the escaped character
        elif quote == "'" and char == "'" and raw[position + 1 : position + 2] == "'":
            position += 1  # '' inside single quotes
        elif quote and char == quote:
            quote = ""
        elif not quote and char in "'\"" and (position == 0 or raw[position - 1] in " :"):
            quote = char
        elif not quote and char == "#" and (position == 0 or raw[position - 1] in " \t"):
            return raw[:position].rstrip()
        position += 1
    return raw.rstrip()


def _split_key(body: str, number: int) -> tuple[str, str]:
    if body[0] in "'\"":
        end = _closing_quote(body, number)
        key = _scalar(body[: end + 1], number)
        rest = body[end + 1 :].lstrip()
        if not rest.startswith(":"):
            raise FormatError(f"YAML line {number}: expected ':' after the key")
        return key, rest[1:].strip()
    match = re.search(r":(\s|$)", body)
    if match is None:
        raise FormatError(f"YAML line {number}: expected 'key: value', got {body[:40]!r}")
    return body[: match.start()].strip(), body[match.end() :].strip()


def _closing_quote(text: str, number: int) -> int:
    quote = text[0]
    position = 1
    while position < len(text):
        if quote == '"' and text[position] == "\\":
            position += 2
            continue
        if text[position] == quote:
            if quote == "'" and text[position + 1 : position + 2] == "'":
                position += 2
                continue
            return position
        position += 1
    raise FormatError(f"YAML line {number}: unclosed quote")


def _scalar(text: str, number: int) -> str:
    if text[0] == "'":
        if _closing_quote(text, number) != len(text) - 1:
            raise FormatError(f"YAML line {number}: text after the closing quote")
        return text[1:-1].replace("''", "'")
    if text[0] == '"':
        if _closing_quote(text, number) != len(text) - 1:
            raise FormatError(f"YAML line {number}: text after the closing quote")
        return _unescape(text[1:-1], number)
    if text[0] in "[{&*!|>":
        raise FormatError(f"YAML line {number}: only text values are supported, not {text[:20]!r}")
    return text


def _unescape(text: str, number: int) -> str:
    out: list[str] = []
    position = 0
    while position < len(text):
        char = text[position]
        if char != "\\":
            out.append(char)
            position += 1
            continue
        code = text[position + 1 : position + 2]
        widths = {"x": 2, "u": 4, "U": 8}
        if code in widths:
            digits = text[position + 2 : position + 2 + widths[code]]
            try:
                out.append(chr(int(digits, 16)))
            except ValueError:
                raise FormatError(f"YAML line {number}: bad escape \\{code}{digits}") from None
            position += 2 + widths[code]
        elif code in _ESCAPES:
            out.append(_ESCAPES[code])
            position += 2
        else:
            raise FormatError(f"YAML line {number}: unknown escape \\{code}")
    return "".join(out)


def _block_scalar(header: str, lines: list[tuple[int, str]], index: int, indent: int, number: int) -> tuple[str, int]:
    style, chomp = header[0], header[1:].strip()
    if chomp not in ("", "-", "+"):
        raise FormatError(f"YAML line {number}: block indicator {header!r} is not supported")
    collected: list[str] = []
    block_indent: int | None = None
    while index < len(lines):
        raw = lines[index][1]
        if raw.strip():
            current = len(raw) - len(raw.lstrip(" "))
            if current <= indent:
                break
            block_indent = current if block_indent is None else block_indent
            collected.append(raw[block_indent:])
        else:
            collected.append("")
        index += 1
    while collected and chomp != "+" and not collected[-1]:
        collected.pop()
    if style == "|":
        value = "\n".join(collected)
    else:
        value = re.sub(r"(?<!\n)\n(?!\n)", " ", "\n".join(collected)).replace("\n\n", "\n")
    return value + ("" if chomp == "-" else "\n"), index
