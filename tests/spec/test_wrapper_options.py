"""UploadOptions and DownloadOptions repeat the upload and download options of openapi.yaml by hand:
each must offer every option the spec has (and nothing it lacks), so a new option in the spec
fails here, by name, until the wrapper takes it in.

Deprecated options are left out on purpose, as are the values the functions take as arguments
of their own (the file, its format, the locale).
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from phrase_strings import DownloadOptions, UploadOptions

from tests.spec.test_coverage import resolve

UPLOADS = "/projects/{project_id}/uploads"
DOWNLOAD = "/projects/{project_id}/locales/{id}/download"
QUEUED = "/projects/{project_id}/locales/{locale_id}/downloads"
UPLOAD_ARGUMENTS = {"file", "file_format", "locale_id"}


def body_fields(spec: dict[str, Any], path: str, media: str) -> set[str]:
    schema = resolve(spec, spec["paths"][path]["post"]["requestBody"]["content"][media]["schema"])
    return {name for name, prop in schema["properties"].items() if not resolve(spec, prop).get("deprecated")}


def query_parameters(spec: dict[str, Any], path: str) -> set[str]:
    params = (resolve(spec, p) for p in spec["paths"][path]["get"]["parameters"])
    return {p["name"] for p in params if p["in"] == "query" and not p.get("deprecated")}


def option_names(cls: type) -> set[str]:
    return {f.name for f in attrs.fields(cls)}


def test_upload_options_cover_the_upload_form(spec: dict[str, Any]) -> None:
    wanted = body_fields(spec, UPLOADS, "multipart/form-data") - UPLOAD_ARGUMENTS
    offered = option_names(UploadOptions)
    assert not wanted - offered, f"UploadOptions lacks {sorted(wanted - offered)}"
    assert not offered - wanted, f"UploadOptions has options the spec lacks: {sorted(offered - wanted)}"


@pytest.mark.parametrize("where", ["query of the download", "body of the queued download"])
def test_download_options_cover_both_download_flows(spec: dict[str, Any], where: str) -> None:
    if where.startswith("query"):
        wanted = query_parameters(spec, DOWNLOAD)
    else:
        wanted = body_fields(spec, QUEUED, "application/json")
    offered = option_names(DownloadOptions)
    assert not wanted - offered, f"DownloadOptions lacks {sorted(wanted - offered)} ({where})"
    extra = offered - query_parameters(spec, DOWNLOAD) - body_fields(spec, QUEUED, "application/json")
    assert not extra, f"DownloadOptions has options the spec lacks: {sorted(extra)}"


def test_new_options_are_sent() -> None:
    """The options added from the 2026-07 spec reach the form, the query and the body."""
    assert ("skip_automated_job_creation", "true") in UploadOptions(skip_automated_job_creation=True).fields()
    options = DownloadOptions(file_format="yml", fallback_for_unverified_translations=True)
    assert ("fallback_for_unverified_translations", "true") in options.query()
    assert options.body()["fallback_for_unverified_translations"] is True
