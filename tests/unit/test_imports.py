"""What `import phrase_strings` and a blocking client load, checked in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys

import phrase_strings

PROBE = """
import json, sys
import phrase_strings
after_import = set(sys.modules)
client = phrase_strings.Phrase(access_token="probe-token", base_url="http://127.0.0.1:9/v2")
client.keys
client.close()
print(json.dumps({"import": sorted(after_import), "client": sorted(sys.modules)}))
"""


def loaded() -> dict[str, set[str]]:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True).stdout
    return {stage: set(names) for stage, names in json.loads(out).items()}


def test_import_leaves_file_helpers_and_models_for_later() -> None:
    modules = loaded()
    assert "phrase_strings._files" not in modules["import"]
    assert "phrase_strings._workflows" not in modules["import"]
    assert not {m for m in modules["import"] if m.startswith("phrase_strings_api.models.")}


def test_blocking_client_never_imports_asyncio() -> None:
    modules = loaded()
    assert "asyncio" not in modules["client"]
    # The keys facade loads only the modules of its own operations and their models.
    api_modules = {m for m in modules["client"] if m.startswith("phrase_strings_api.api.")}
    assert api_modules and all(m.startswith("phrase_strings_api.api.keys") for m in api_modules)


def test_every_exported_name_resolves() -> None:
    for name in phrase_strings.__all__:
        assert getattr(phrase_strings, name) is not None, name
    from phrase_strings import _files
    from phrase_strings._sync import workflows as _workflows

    assert phrase_strings.UploadOptions is _files.UploadOptions
    assert phrase_strings.pull is _workflows.pull


def test_unknown_attribute_is_an_attribute_error() -> None:
    try:
        phrase_strings.not_a_name  # noqa: B018
    except AttributeError as exc:
        assert "not_a_name" in str(exc)
    else:
        raise AssertionError("expected AttributeError")
