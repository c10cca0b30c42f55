"""``phrase-strings api GROUP METHOD …``: every operation of the API from the shell, JSON in and out.

    phrase-strings api keys list PROJECT_ID --per-page 100 --q 'tags:web'
    phrase-strings api keys create --body '{"name": "home.title"}'      # project from the settings
    phrase-strings api translations list --all --ndjson | jq -r .content

The commands come from a table generated from the facade and openapi.yaml (``scripts/cli_manifest.py``),
so listing them imports none of the 300 operations; a call goes through the same facade method as the
library, with the same credentials, rate limits, retries, OTP prompt and typed errors.

Exit status: 0 success, 2 bad usage or settings (nothing sent), 3 no answer (connection, timeout),
4 the API refused the request (4xx), 5 the API failed (5xx), 1 any other error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import functools
import getpass
import json
import logging
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn

from .._errors import ConfigurationError
from ._parser import Parser

if TYPE_CHECKING:
    import httpx

    from .. import Phrase

__all__ = ["main", "register"]

PROG = "phrase-strings api"
_TRUE = {"true", "yes", "1", "on"}
_FALSE = {"false", "no", "0", "off"}
_SHOWN_HEADERS = ("x-rate-limit-limit", "x-rate-limit-remaining", "x-rate-limit-reset", "link", "etag", "x-request-id")
EXIT_USAGE, EXIT_CONNECTION, EXIT_CLIENT, EXIT_SERVER, EXIT_OTHER = 2, 3, 4, 5, 1


class _UsageError(ConfigurationError):
    """A command line that cannot be sent: exit status 2, nothing sent."""


@functools.cache
def _table() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("_api_commands.json").read_text(encoding="utf-8")
    groups: dict[str, Any] = json.loads(text)["groups"]
    return groups


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """List ``api`` in the top-level help; `main` of this module parses its arguments itself."""
    parser = commands.add_parser("api", help="call any API operation: phrase-strings api GROUP METHOD …")
    parser.add_argument("words", nargs=argparse.REMAINDER)


def _first_line(text: str) -> str:
    return text.strip().split("\n", 1)[0].split(". ", 1)[0].rstrip(".")


def _listing(title: str, rows: Iterable[tuple[str, str]]) -> str:
    rows = list(rows)
    width = max((len(name) for name, _ in rows), default=0)
    return title + "\n" + "\n".join(f"  {name.ljust(width)}  {text}" for name, text in rows) + "\n"


def _help_groups() -> str:
    groups = _table()
    return (
        f"usage: {PROG} GROUP METHOD [ARGS…] [--help]\n\n"
        "Call any operation of the Phrase Strings API. Results are printed as JSON.\n\n"
        + _listing("groups:", ((name, _first_line(g["description"])) for name, g in groups.items()))
        + f"\n{sum(len(g['methods']) for g in groups.values())} operations in {len(groups)} groups."
        f" `{PROG} GROUP --help` lists a group's methods.\n"
    )


def _help_methods(group: str) -> str:
    methods = _table()[group]["methods"]
    return f"usage: {PROG} {group} METHOD [ARGS…] [--help]\n\n{_table()[group]['description']}\n\n" + _listing(
        "methods:", ((name, m["summary"]) for name, m in methods.items())
    )


def _choose(kind: str, word: str, names: Iterable[str], where: str) -> NoReturn:
    close = difflib.get_close_matches(word, list(names), n=3)
    hint = f"; did you mean {', '.join(close)}?" if close else f"; see `{where} --help`"
    raise _UsageError(f"unknown {kind} {word!r}{hint}")


# --- values -------------------------------------------------------------------------------------


def _boolean(text: str) -> bool:
    lowered = text.lower()
    if lowered in _TRUE | _FALSE:
        return lowered in _TRUE
    raise argparse.ArgumentTypeError(f"expected true or false, not {text!r}")


def _datetime(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected an ISO 8601 date and time, not {text!r}") from None


def _object(text: str) -> dict[str, Any]:
    """An object option: JSON (``'{"a": 1}'``) or one ``key=value`` (repeat the option for more)."""
    if text.lstrip().startswith("{"):
        try:
            value = json.loads(text)
        except json.JSONDecodeError as error:
            raise argparse.ArgumentTypeError(f"invalid JSON ({error.msg} at column {error.colno})") from None
        if not isinstance(value, dict):
            raise argparse.ArgumentTypeError("expected a JSON object")
        return value
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise argparse.ArgumentTypeError(f"expected KEY=VALUE or a JSON object, not {text!r}")
    return {key: value}


_SCALARS: Mapping[str, Callable[[str], Any]] = {"integer": int, "number": float, "boolean": _boolean}


def _add_option(parser: argparse._ActionsContainer, entry: Mapping[str, Any]) -> None:
    flag = "--" + entry["name"].replace("_", "-")
    help_text = entry["description"] or entry["wire"]
    kind = entry["type"]
    kwargs: dict[str, Any] = {"dest": entry["name"], "required": entry["required"]}
    if kind == "object":
        kwargs.update(type=_object, action="append", metavar="KEY=VALUE|JSON")
    elif kind == "array":
        kwargs.update(action="append", metavar=entry.get("items", "value").upper())
        help_text += " (repeat, or separate with commas)"
    elif kind == "boolean":
        kwargs.update(type=_boolean, nargs="?", const=True, metavar="true|false")
    elif entry.get("format") == "date-time":
        kwargs.update(type=_datetime, metavar="DATETIME")
    else:
        kwargs.update(type=_SCALARS.get(kind, str), metavar=kind.upper())
    if entry.get("enum"):
        kwargs["choices"] = entry["enum"]
        kwargs.pop("metavar", None)
    parser.add_argument(flag, help=help_text.replace("%", "%%"), **kwargs)


def _method_parser(group: str, name: str, method: Mapping[str, Any]) -> argparse.ArgumentParser:
    parser = Parser(
        prog=f"{PROG} {group} {name}",
        description=f"{method['summary']}\n\n{method['description']}\n\n"
        f"Calls {method['http']} ({method['operation']}).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    for index, entry in enumerate(method["positional"]):
        defaulted = index == 0 and entry["name"] == "project_id"
        parser.add_argument(
            entry["name"],
            metavar=entry["name"].upper(),
            nargs="?" if defaulted else None,
            help=(entry["description"] or entry["name"]).replace("%", "%%")
            + (" (default: the configured project)" if defaulted else ""),
        )
    options = parser.add_argument_group("API parameters")
    for entry in method["options"]:
        _add_option(options, entry)
    if method["body"] is not None:
        fields = method["body"]["fields"]
        required = ", ".join(method["body"]["required"]) or "none"
        options.add_argument(
            "--body",
            metavar="JSON|@FILE|-",
            required=bool(method["body"]["required"]),
            help=f"the request body as JSON, @file.json, or - for standard input; fields: {', '.join(fields)};"
            f" required: {required}"
            + ("; a file field takes @path" if any(f["type"] == "file" for f in fields.values()) else ""),
        )
    output = parser.add_argument_group("output")
    if method["paged"]:
        output.add_argument("--all", action="store_true", help="follow every page and print one array")
        output.add_argument("--ndjson", action="store_true", help="with --all: print one item per line as it comes")
    output.add_argument(
        "--include-headers",
        action="store_true",
        help='print {"status", "headers", "body"}: the status and the rate-limit, Link and ETag headers',
    )
    output.add_argument("--output", "-o", type=Path, metavar="FILE", help="write the result to FILE")
    layout = output.add_mutually_exclusive_group()
    layout.add_argument("--pretty", action="store_true", default=None, help="indented JSON (default on a terminal)")
    layout.add_argument("--compact", dest="pretty", action="store_false", help="one line of JSON (default in pipes)")
    connection = parser.add_argument_group("connection")
    connection.add_argument("--data-center", choices=("eu", "us"), help="Phrase data center (default: eu)")
    connection.add_argument("--base-url", help="API base URL, overriding the data center")
    connection.add_argument("--max-retries", type=int, help="retries after a failed attempt (default: 2)")
    connection.add_argument("--timeout", type=float, help="seconds per request (default: 30)")
    return parser


# --- request body -------------------------------------------------------------------------------

_JSON_TYPES: Mapping[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


def _read_body(source: str, stdin: IO[str]) -> Any:
    if source == "-":
        text, where = stdin.read(), "standard input"
    elif source.startswith("@"):
        path = Path(source[1:])
        try:
            text, where = path.read_text(encoding="utf-8"), str(path)
        except OSError as error:
            raise _UsageError(f"--body: cannot read {path}: {error.strerror}") from None
    else:
        text, where = source, "--body"
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise _UsageError(f"{where}: invalid JSON ({error.msg} at line {error.lineno}, column {error.colno})") from None


def _check_body(data: Any, body: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """Refuse a body the API would reject for its shape: unknown, missing or mistyped fields.

    Returns the body with file fields read (``"@path"`` -> bytes) and the names of those files.
    """
    if not isinstance(data, dict):
        raise _UsageError("--body must be a JSON object")
    fields: Mapping[str, Any] = body["fields"]
    unknown = [key for key in data if key not in fields]
    if unknown:
        hints = [
            f"{key} (did you mean {close[0]}?)" if (close := difflib.get_close_matches(key, fields, 1)) else key
            for key in unknown
        ]
        raise _UsageError(f"--body: unknown field(s) {', '.join(hints)} for {body['model']}")
    missing = [key for key in body["required"] if key not in data]
    if missing:
        raise _UsageError(f"--body: missing required field(s) {', '.join(missing)} for {body['model']}")
    out, names = dict(data), {}
    for key, value in data.items():
        kind = fields[key]["type"]
        if kind == "file":
            if not isinstance(value, str) or not value.startswith("@"):
                raise _UsageError(f'--body: field {key} takes a file as "@path"')
            try:
                out[key], names[key] = Path(value[1:]).read_bytes(), Path(value[1:]).name
            except OSError as error:
                raise _UsageError(f"--body: cannot read {value[1:]} for field {key}: {error.strerror}") from None
            continue
        allowed = _JSON_TYPES.get(kind)
        wrong = allowed is not None and (not isinstance(value, allowed) or (kind != "boolean" and value is True))
        if value is not None and wrong:
            raise _UsageError(f"--body: field {key} must be {kind}, not {type(value).__name__}")
        allowed_values = fields[key].get("enum") or fields[key].get("items_enum")
        for item in value if kind == "array" and isinstance(value, list) else [value]:
            if item is not None and allowed_values and item not in allowed_values:
                raise _UsageError(f"--body: field {key} takes {', '.join(map(str, allowed_values))}, not {item!r}")
    return out, names


def _model(name: str) -> Any:
    from phrase_strings_api import models

    return getattr(models, name)


def _build_body(checked: tuple[dict[str, Any], dict[str, str]], body: Mapping[str, Any]) -> Any:
    data, names = checked
    try:
        model = _model(body["model"]).from_dict(data)
    except (KeyError, TypeError, ValueError) as error:
        raise _UsageError(f"--body does not fit {body['model']}: {error}") from None
    for key, name in names.items():  # from_dict wraps the bytes in a File; the form sends its name too
        getattr(model, key).file_name = name
    return model


# --- the call -----------------------------------------------------------------------------------


def _arguments(args: argparse.Namespace, method: Mapping[str, Any]) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    for entry in method["options"]:
        value = getattr(args, entry["name"])
        if value is None:
            continue
        if entry["type"] == "array":
            value = [part for item in value for part in item.split(",") if part]
        elif entry["type"] == "object":
            merged = {key: val for item in value for key, val in item.items()}
            value = _model(entry["model"]).from_dict(merged) if entry.get("model") else merged
        kwargs[entry["name"]] = value
    return kwargs


def _ask_otp(kind: str | None) -> str:
    return getpass.getpass(f"One-time password ({kind or 'authenticator'}): ").strip()


def _client(args: argparse.Namespace) -> Phrase:
    from .. import Phrase

    options: dict[str, Any] = {"data_center": args.data_center, "base_url": args.base_url, "app": "phrase-strings-cli"}
    if args.max_retries is not None:
        options["max_retries"] = args.max_retries
    if args.timeout is not None:
        options["timeout"] = args.timeout
    if sys.stdin.isatty():
        options["otp_provider"] = _ask_otp
    return Phrase(**options)


def _plain(value: Any) -> Any:
    """A result as JSON-ready data: models through ``to_dict``, lists item by item."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def _dump(data: Any, pretty: bool) -> str:
    return json.dumps(data, indent=2 if pretty else None, ensure_ascii=False, default=str)


def _payload(value: Any) -> bytes | None:
    """The bytes of a binary result (a downloaded file), None for anything else."""
    if isinstance(value, bytes):
        return value
    payload = getattr(value, "payload", None)
    if payload is not None and hasattr(payload, "read"):
        data: bytes = payload.read()
        return data
    return None


def _run(group: str, name: str, method: Mapping[str, Any], args: argparse.Namespace, out: IO[str]) -> int:
    positional = [getattr(args, entry["name"]) for entry in method["positional"]]
    kwargs = _arguments(args, method)
    body = method["body"]
    if body is not None and (args.body is not None or body["needed"]):
        data = _read_body(args.body, sys.stdin) if args.body is not None else {}  # nothing required: empty body
        kwargs["body"] = _build_body(_check_body(data, body), body)
    every = getattr(args, "all", False)
    if getattr(args, "ndjson", False) and not every:
        raise _UsageError("--ndjson goes with --all")
    if every and "page" in kwargs:
        raise _UsageError("--all walks every page itself; leave out --page")
    pretty = out.isatty() if args.pretty is None else args.pretty
    last: list[httpx.Response] = []
    with _client(args) as client:
        if positional and positional[0] is None:  # project_id left out
            if not client.project_id:
                raise _UsageError(
                    "PROJECT_ID is missing: give it, or set PHRASE_PROJECT_ID or project_id in .phrase.yml"
                )
            positional[0] = client.project_id
        if args.include_headers:
            client.http.event_hooks["response"].append(last.append)
        call = getattr(getattr(client, group), f"{name}_all" if every else name)
        result = call(*positional, **kwargs)
        if every and args.ndjson:
            for item in result:
                print(_dump(_plain(item), pretty=False), file=out, flush=True)
            return 0
        data = list(result) if every else result
    binary = _payload(data)
    if binary is not None and not args.include_headers:
        if args.output:
            args.output.write_bytes(binary)
        elif hasattr(out, "buffer"):
            out.flush()
            out.buffer.write(binary)
            out.buffer.flush()
        else:  # a text stream without bytes underneath (tests, wrappers)
            out.write(binary.decode("utf-8", "replace"))
        return 0
    plain = binary.decode("utf-8", "replace") if binary is not None else _plain(data)
    if args.include_headers and last:
        response = last[-1]
        shown = {key: response.headers[key] for key in _SHOWN_HEADERS if key in response.headers}
        plain = {"status": response.status_code, "headers": shown, "body": plain}
    if plain is None:
        return 0
    text = _dump(plain, pretty)
    if args.output:
        args.output.write_text(text + "\n", encoding="utf-8")
    else:
        print(text, file=out)
    return 0


def _exit_status(error: Exception) -> int:
    from .. import APIConnectionError, APIStatusError

    if isinstance(error, ConfigurationError):
        return EXIT_USAGE
    if isinstance(error, APIConnectionError):
        return EXIT_CONNECTION
    if isinstance(error, APIStatusError):
        return EXIT_SERVER if error.status_code >= 500 else EXIT_CLIENT
    return EXIT_OTHER


def main(words: Sequence[str], *, verbose: bool = False, out: IO[str] | None = None) -> int:
    """Run ``phrase-strings api WORDS…``; return the exit status."""
    out = out or sys.stdout
    groups = _table()
    try:
        if not words or words[0] in ("-h", "--help"):
            (out if words else sys.stderr).write(_help_groups())
            return 0 if words else EXIT_USAGE
        group = words[0]
        if group not in groups:
            _choose("group", group, groups, PROG)
        methods = groups[group]["methods"]
        if len(words) < 2 or words[1] in ("-h", "--help"):
            (out if len(words) > 1 else sys.stderr).write(_help_methods(group))
            return 0 if len(words) > 1 else EXIT_USAGE
        name = words[1]
        if name not in methods:
            _choose("method", name, methods, f"{PROG} {group}")
        args = _method_parser(group, name, methods[name]).parse_args(words[2:])
        if verbose:
            logging.getLogger("phrase_strings").setLevel(logging.DEBUG)
        return _run(group, name, methods[name], args, out)
    except SystemExit as exit_:  # argparse: --help (0) or a usage error (2)
        return int(exit_.code or 0)
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        from .. import PhraseError

        if not isinstance(error, PhraseError):
            raise
        print(f"error: {error}", file=sys.stderr)
        return _exit_status(error)
