from http import HTTPStatus
from io import BytesIO
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.download_locale_custom_metadata_filters import (
    DownloadLocaleCustomMetadataFilters,
)
from ...models.download_locale_format_options import DownloadLocaleFormatOptions
from ...models.error import Error
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    project_id: str,
    id: str,
    *,
    branch: str | Unset = UNSET,
    file_format: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    include_empty_translations: bool | Unset = UNSET,
    exclude_empty_zero_forms: bool | Unset = UNSET,
    include_translated_keys: bool | Unset = UNSET,
    keep_notranslate_tags: bool | Unset = UNSET,
    convert_emoji: bool | Unset = UNSET,
    format_options: DownloadLocaleFormatOptions | Unset = UNSET,
    encoding: str | Unset = UNSET,
    skip_unverified_translations: bool | Unset = UNSET,
    include_unverified_translations: bool | Unset = UNSET,
    use_last_reviewed_version: bool | Unset = UNSET,
    fallback_locale_id: str | Unset = UNSET,
    use_locale_fallback: bool | Unset = UNSET,
    source_locale_id: str | Unset = UNSET,
    translation_key_prefix: str | Unset = UNSET,
    filter_by_prefix: bool | Unset = UNSET,
    custom_metadata_filters: DownloadLocaleCustomMetadataFilters | Unset = UNSET,
    locale_ids: list[str] | Unset = UNSET,
    updated_since: str | Unset = UNSET,
    fallback_for_unverified_translations: bool | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_modified_since, Unset):
        headers["If-Modified-Since"] = if_modified_since

    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    params["branch"] = branch

    params["file_format"] = file_format

    params["tags"] = tags

    params["tag"] = tag

    params["include_empty_translations"] = include_empty_translations

    params["exclude_empty_zero_forms"] = exclude_empty_zero_forms

    params["include_translated_keys"] = include_translated_keys

    params["keep_notranslate_tags"] = keep_notranslate_tags

    params["convert_emoji"] = convert_emoji

    json_format_options: dict[str, Any] | Unset = UNSET
    if not isinstance(format_options, Unset):
        json_format_options = format_options.to_dict()
    if not isinstance(json_format_options, Unset):
        params.update(json_format_options)

    params["encoding"] = encoding

    params["skip_unverified_translations"] = skip_unverified_translations

    params["include_unverified_translations"] = include_unverified_translations

    params["use_last_reviewed_version"] = use_last_reviewed_version

    params["fallback_locale_id"] = fallback_locale_id

    params["use_locale_fallback"] = use_locale_fallback

    params["source_locale_id"] = source_locale_id

    params["translation_key_prefix"] = translation_key_prefix

    params["filter_by_prefix"] = filter_by_prefix

    json_custom_metadata_filters: dict[str, Any] | Unset = UNSET
    if not isinstance(custom_metadata_filters, Unset):
        json_custom_metadata_filters = custom_metadata_filters.to_dict()
    if not isinstance(json_custom_metadata_filters, Unset):
        params.update(json_custom_metadata_filters)

    json_locale_ids: list[str] | Unset = UNSET
    if not isinstance(locale_ids, Unset):
        json_locale_ids = locale_ids

    params["locale_ids"] = json_locale_ids

    params["updated_since"] = updated_since

    params["fallback_for_unverified_translations"] = (
        fallback_for_unverified_translations
    )

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_id}/locales/{id}/download".format(
            project_id=quote(str(project_id), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    branch: str | Unset = UNSET,
    file_format: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    include_empty_translations: bool | Unset = UNSET,
    exclude_empty_zero_forms: bool | Unset = UNSET,
    include_translated_keys: bool | Unset = UNSET,
    keep_notranslate_tags: bool | Unset = UNSET,
    convert_emoji: bool | Unset = UNSET,
    format_options: DownloadLocaleFormatOptions | Unset = UNSET,
    encoding: str | Unset = UNSET,
    skip_unverified_translations: bool | Unset = UNSET,
    include_unverified_translations: bool | Unset = UNSET,
    use_last_reviewed_version: bool | Unset = UNSET,
    fallback_locale_id: str | Unset = UNSET,
    use_locale_fallback: bool | Unset = UNSET,
    source_locale_id: str | Unset = UNSET,
    translation_key_prefix: str | Unset = UNSET,
    filter_by_prefix: bool | Unset = UNSET,
    custom_metadata_filters: DownloadLocaleCustomMetadataFilters | Unset = UNSET,
    locale_ids: list[str] | Unset = UNSET,
    updated_since: str | Unset = UNSET,
    fallback_for_unverified_translations: bool | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Error | File]:
    """Download a locale as a file

     Renders the translations of one locale in the chosen file format and returns the file. Query
    parameters control which keys and translations are included, how untranslated keys are filled and
    how the file is encoded.

    Args:
        project_id (str): Identifier of the project
        id (str): The locale, given either by its ID or by its name
        branch (str | Unset): Name of the branch to operate on
        file_format (str | Unset): Name of the file format to render
        tags (str | Unset): Comma-separated tag names; only keys carrying these tags are included
        tag (str | Unset): Single tag name to restrict the keys. Deprecated in favor of tags
        include_empty_translations (bool | Unset): Also include keys that have no translation
        exclude_empty_zero_forms (bool | Unset): Whether empty zero forms of pluralized keys are
            left out
        include_translated_keys (bool | Unset): Whether keys that already have a translation are
            included; set it to false together with include_empty_translations to get only
            untranslated keys
        keep_notranslate_tags (bool | Unset): Keep [NOTRANSLATE] markers in the output
        convert_emoji (bool | Unset): Obsolete; emoji are handled natively, so projects created on
            or after November 29, 2019, or without emoji at that time, do not need it
        format_options (DownloadLocaleFormatOptions | Unset): Extra rendering options specific to
            the chosen format, sent as format_options[name]=value
        encoding (str | Unset): Encoding to force on the file: UTF-8, UTF-16 or ISO-8859-1
        skip_unverified_translations (bool | Unset): Leave out unverified translations. Deprecated
            in favor of include_unverified_translations
        include_unverified_translations (bool | Unset): When false, unverified translations are
            left out
        use_last_reviewed_version (bool | Unset): Use the most recently reviewed version of each
            translation; only available when the project uses the review workflow
        fallback_locale_id (str | Unset): ID of a locale whose translation is used when a key is
            untranslated in this locale. Requires include_empty_translations to be true; cannot be
            combined with use_locale_fallback
        use_locale_fallback (bool | Unset): Fill untranslated keys from the fallback locale set in
            this locale's settings. Requires include_empty_translations to be true; cannot be combined
            with fallback_locale_id
        source_locale_id (str | Unset): Locale to write as the source language of the file;
            ignored unless a tag identifying a job is also given
        translation_key_prefix (str | Unset): Prefix to strip from key names where present; all
            keys are still included, so stripped names may collide with existing ones
        filter_by_prefix (bool | Unset): Only include keys that start with the given prefix, and
            strip that prefix in the output
        custom_metadata_filters (DownloadLocaleCustomMetadataFilters | Unset): Mapping of custom
            metadata field names to values; only keys whose metadata matches are included
        locale_ids (list[str] | Unset): IDs or names of locales
        updated_since (str | Unset): ISO 8601 timestamp, e.g. 2023-01-01T00:00:00Z; only keys and
            translations changed after it are included
        fallback_for_unverified_translations (bool | Unset): With true, translations that are not
            final yet (unverified, or not reviewed in the review workflow) are rendered as the
            fallback locale's text
        if_modified_since (str | Unset): Optional conditional-request header; pass the last-
            modified time from an earlier response so data is only sent again if it changed after that
            time
        if_none_match (str | Unset): Optional conditional-request header; pass the ETag from an
            earlier response so data is only sent again if its ETag no longer matches

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | File]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        id=id,
        branch=branch,
        file_format=file_format,
        tags=tags,
        tag=tag,
        include_empty_translations=include_empty_translations,
        exclude_empty_zero_forms=exclude_empty_zero_forms,
        include_translated_keys=include_translated_keys,
        keep_notranslate_tags=keep_notranslate_tags,
        convert_emoji=convert_emoji,
        format_options=format_options,
        encoding=encoding,
        skip_unverified_translations=skip_unverified_translations,
        include_unverified_translations=include_unverified_translations,
        use_last_reviewed_version=use_last_reviewed_version,
        fallback_locale_id=fallback_locale_id,
        use_locale_fallback=use_locale_fallback,
        source_locale_id=source_locale_id,
        translation_key_prefix=translation_key_prefix,
        filter_by_prefix=filter_by_prefix,
        custom_metadata_filters=custom_metadata_filters,
        locale_ids=locale_ids,
        updated_since=updated_since,
        fallback_for_unverified_translations=fallback_for_unverified_translations,
        if_modified_since=if_modified_since,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    branch: str | Unset = UNSET,
    file_format: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    include_empty_translations: bool | Unset = UNSET,
    exclude_empty_zero_forms: bool | Unset = UNSET,
    include_translated_keys: bool | Unset = UNSET,
    keep_notranslate_tags: bool | Unset = UNSET,
    convert_emoji: bool | Unset = UNSET,
    format_options: DownloadLocaleFormatOptions | Unset = UNSET,
    encoding: str | Unset = UNSET,
    skip_unverified_translations: bool | Unset = UNSET,
    include_unverified_translations: bool | Unset = UNSET,
    use_last_reviewed_version: bool | Unset = UNSET,
    fallback_locale_id: str | Unset = UNSET,
    use_locale_fallback: bool | Unset = UNSET,
    source_locale_id: str | Unset = UNSET,
    translation_key_prefix: str | Unset = UNSET,
    filter_by_prefix: bool | Unset = UNSET,
    custom_metadata_filters: DownloadLocaleCustomMetadataFilters | Unset = UNSET,
    locale_ids: list[str] | Unset = UNSET,
    updated_since: str | Unset = UNSET,
    fallback_for_unverified_translations: bool | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | Error | File | None:
    """Download a locale as a file

     Renders the translations of one locale in the chosen file format and returns the file. Query
    parameters control which keys and translations are included, how untranslated keys are filled and
    how the file is encoded.

    Args:
        project_id (str): Identifier of the project
        id (str): The locale, given either by its ID or by its name
        branch (str | Unset): Name of the branch to operate on
        file_format (str | Unset): Name of the file format to render
        tags (str | Unset): Comma-separated tag names; only keys carrying these tags are included
        tag (str | Unset): Single tag name to restrict the keys. Deprecated in favor of tags
        include_empty_translations (bool | Unset): Also include keys that have no translation
        exclude_empty_zero_forms (bool | Unset): Whether empty zero forms of pluralized keys are
            left out
        include_translated_keys (bool | Unset): Whether keys that already have a translation are
            included; set it to false together with include_empty_translations to get only
            untranslated keys
        keep_notranslate_tags (bool | Unset): Keep [NOTRANSLATE] markers in the output
        convert_emoji (bool | Unset): Obsolete; emoji are handled natively, so projects created on
            or after November 29, 2019, or without emoji at that time, do not need it
        format_options (DownloadLocaleFormatOptions | Unset): Extra rendering options specific to
            the chosen format, sent as format_options[name]=value
        encoding (str | Unset): Encoding to force on the file: UTF-8, UTF-16 or ISO-8859-1
        skip_unverified_translations (bool | Unset): Leave out unverified translations. Deprecated
            in favor of include_unverified_translations
        include_unverified_translations (bool | Unset): When false, unverified translations are
            left out
        use_last_reviewed_version (bool | Unset): Use the most recently reviewed version of each
            translation; only available when the project uses the review workflow
        fallback_locale_id (str | Unset): ID of a locale whose translation is used when a key is
            untranslated in this locale. Requires include_empty_translations to be true; cannot be
            combined with use_locale_fallback
        use_locale_fallback (bool | Unset): Fill untranslated keys from the fallback locale set in
            this locale's settings. Requires include_empty_translations to be true; cannot be combined
            with fallback_locale_id
        source_locale_id (str | Unset): Locale to write as the source language of the file;
            ignored unless a tag identifying a job is also given
        translation_key_prefix (str | Unset): Prefix to strip from key names where present; all
            keys are still included, so stripped names may collide with existing ones
        filter_by_prefix (bool | Unset): Only include keys that start with the given prefix, and
            strip that prefix in the output
        custom_metadata_filters (DownloadLocaleCustomMetadataFilters | Unset): Mapping of custom
            metadata field names to values; only keys whose metadata matches are included
        locale_ids (list[str] | Unset): IDs or names of locales
        updated_since (str | Unset): ISO 8601 timestamp, e.g. 2023-01-01T00:00:00Z; only keys and
            translations changed after it are included
        fallback_for_unverified_translations (bool | Unset): With true, translations that are not
            final yet (unverified, or not reviewed in the review workflow) are rendered as the
            fallback locale's text
        if_modified_since (str | Unset): Optional conditional-request header; pass the last-
            modified time from an earlier response so data is only sent again if it changed after that
            time
        if_none_match (str | Unset): Optional conditional-request header; pass the ETag from an
            earlier response so data is only sent again if its ETag no longer matches

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | File
    """

    return sync_detailed(
        project_id=project_id,
        id=id,
        client=client,
        branch=branch,
        file_format=file_format,
        tags=tags,
        tag=tag,
        include_empty_translations=include_empty_translations,
        exclude_empty_zero_forms=exclude_empty_zero_forms,
        include_translated_keys=include_translated_keys,
        keep_notranslate_tags=keep_notranslate_tags,
        convert_emoji=convert_emoji,
        format_options=format_options,
        encoding=encoding,
        skip_unverified_translations=skip_unverified_translations,
        include_unverified_translations=include_unverified_translations,
        use_last_reviewed_version=use_last_reviewed_version,
        fallback_locale_id=fallback_locale_id,
        use_locale_fallback=use_locale_fallback,
        source_locale_id=source_locale_id,
        translation_key_prefix=translation_key_prefix,
        filter_by_prefix=filter_by_prefix,
        custom_metadata_filters=custom_metadata_filters,
        locale_ids=locale_ids,
        updated_since=updated_since,
        fallback_for_unverified_translations=fallback_for_unverified_translations,
        if_modified_since=if_modified_since,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    branch: str | Unset = UNSET,
    file_format: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    include_empty_translations: bool | Unset = UNSET,
    exclude_empty_zero_forms: bool | Unset = UNSET,
    include_translated_keys: bool | Unset = UNSET,
    keep_notranslate_tags: bool | Unset = UNSET,
    convert_emoji: bool | Unset = UNSET,
    format_options: DownloadLocaleFormatOptions | Unset = UNSET,
    encoding: str | Unset = UNSET,
    skip_unverified_translations: bool | Unset = UNSET,
    include_unverified_translations: bool | Unset = UNSET,
    use_last_reviewed_version: bool | Unset = UNSET,
    fallback_locale_id: str | Unset = UNSET,
    use_locale_fallback: bool | Unset = UNSET,
    source_locale_id: str | Unset = UNSET,
    translation_key_prefix: str | Unset = UNSET,
    filter_by_prefix: bool | Unset = UNSET,
    custom_metadata_filters: DownloadLocaleCustomMetadataFilters | Unset = UNSET,
    locale_ids: list[str] | Unset = UNSET,
    updated_since: str | Unset = UNSET,
    fallback_for_unverified_translations: bool | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Error | File]:
    """Download a locale as a file

     Renders the translations of one locale in the chosen file format and returns the file. Query
    parameters control which keys and translations are included, how untranslated keys are filled and
    how the file is encoded.

    Args:
        project_id (str): Identifier of the project
        id (str): The locale, given either by its ID or by its name
        branch (str | Unset): Name of the branch to operate on
        file_format (str | Unset): Name of the file format to render
        tags (str | Unset): Comma-separated tag names; only keys carrying these tags are included
        tag (str | Unset): Single tag name to restrict the keys. Deprecated in favor of tags
        include_empty_translations (bool | Unset): Also include keys that have no translation
        exclude_empty_zero_forms (bool | Unset): Whether empty zero forms of pluralized keys are
            left out
        include_translated_keys (bool | Unset): Whether keys that already have a translation are
            included; set it to false together with include_empty_translations to get only
            untranslated keys
        keep_notranslate_tags (bool | Unset): Keep [NOTRANSLATE] markers in the output
        convert_emoji (bool | Unset): Obsolete; emoji are handled natively, so projects created on
            or after November 29, 2019, or without emoji at that time, do not need it
        format_options (DownloadLocaleFormatOptions | Unset): Extra rendering options specific to
            the chosen format, sent as format_options[name]=value
        encoding (str | Unset): Encoding to force on the file: UTF-8, UTF-16 or ISO-8859-1
        skip_unverified_translations (bool | Unset): Leave out unverified translations. Deprecated
            in favor of include_unverified_translations
        include_unverified_translations (bool | Unset): When false, unverified translations are
            left out
        use_last_reviewed_version (bool | Unset): Use the most recently reviewed version of each
            translation; only available when the project uses the review workflow
        fallback_locale_id (str | Unset): ID of a locale whose translation is used when a key is
            untranslated in this locale. Requires include_empty_translations to be true; cannot be
            combined with use_locale_fallback
        use_locale_fallback (bool | Unset): Fill untranslated keys from the fallback locale set in
            this locale's settings. Requires include_empty_translations to be true; cannot be combined
            with fallback_locale_id
        source_locale_id (str | Unset): Locale to write as the source language of the file;
            ignored unless a tag identifying a job is also given
        translation_key_prefix (str | Unset): Prefix to strip from key names where present; all
            keys are still included, so stripped names may collide with existing ones
        filter_by_prefix (bool | Unset): Only include keys that start with the given prefix, and
            strip that prefix in the output
        custom_metadata_filters (DownloadLocaleCustomMetadataFilters | Unset): Mapping of custom
            metadata field names to values; only keys whose metadata matches are included
        locale_ids (list[str] | Unset): IDs or names of locales
        updated_since (str | Unset): ISO 8601 timestamp, e.g. 2023-01-01T00:00:00Z; only keys and
            translations changed after it are included
        fallback_for_unverified_translations (bool | Unset): With true, translations that are not
            final yet (unverified, or not reviewed in the review workflow) are rendered as the
            fallback locale's text
        if_modified_since (str | Unset): Optional conditional-request header; pass the last-
            modified time from an earlier response so data is only sent again if it changed after that
            time
        if_none_match (str | Unset): Optional conditional-request header; pass the ETag from an
            earlier response so data is only sent again if its ETag no longer matches

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | File]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        id=id,
        branch=branch,
        file_format=file_format,
        tags=tags,
        tag=tag,
        include_empty_translations=include_empty_translations,
        exclude_empty_zero_forms=exclude_empty_zero_forms,
        include_translated_keys=include_translated_keys,
        keep_notranslate_tags=keep_notranslate_tags,
        convert_emoji=convert_emoji,
        format_options=format_options,
        encoding=encoding,
        skip_unverified_translations=skip_unverified_translations,
        include_unverified_translations=include_unverified_translations,
        use_last_reviewed_version=use_last_reviewed_version,
        fallback_locale_id=fallback_locale_id,
        use_locale_fallback=use_locale_fallback,
        source_locale_id=source_locale_id,
        translation_key_prefix=translation_key_prefix,
        filter_by_prefix=filter_by_prefix,
        custom_metadata_filters=custom_metadata_filters,
        locale_ids=locale_ids,
        updated_since=updated_since,
        fallback_for_unverified_translations=fallback_for_unverified_translations,
        if_modified_since=if_modified_since,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    branch: str | Unset = UNSET,
    file_format: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    include_empty_translations: bool | Unset = UNSET,
    exclude_empty_zero_forms: bool | Unset = UNSET,
    include_translated_keys: bool | Unset = UNSET,
    keep_notranslate_tags: bool | Unset = UNSET,
    convert_emoji: bool | Unset = UNSET,
    format_options: DownloadLocaleFormatOptions | Unset = UNSET,
    encoding: str | Unset = UNSET,
    skip_unverified_translations: bool | Unset = UNSET,
    include_unverified_translations: bool | Unset = UNSET,
    use_last_reviewed_version: bool | Unset = UNSET,
    fallback_locale_id: str | Unset = UNSET,
    use_locale_fallback: bool | Unset = UNSET,
    source_locale_id: str | Unset = UNSET,
    translation_key_prefix: str | Unset = UNSET,
    filter_by_prefix: bool | Unset = UNSET,
    custom_metadata_filters: DownloadLocaleCustomMetadataFilters | Unset = UNSET,
    locale_ids: list[str] | Unset = UNSET,
    updated_since: str | Unset = UNSET,
    fallback_for_unverified_translations: bool | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | Error | File | None:
    """Download a locale as a file

     Renders the translations of one locale in the chosen file format and returns the file. Query
    parameters control which keys and translations are included, how untranslated keys are filled and
    how the file is encoded.

    Args:
        project_id (str): Identifier of the project
        id (str): The locale, given either by its ID or by its name
        branch (str | Unset): Name of the branch to operate on
        file_format (str | Unset): Name of the file format to render
        tags (str | Unset): Comma-separated tag names; only keys carrying these tags are included
        tag (str | Unset): Single tag name to restrict the keys. Deprecated in favor of tags
        include_empty_translations (bool | Unset): Also include keys that have no translation
        exclude_empty_zero_forms (bool | Unset): Whether empty zero forms of pluralized keys are
            left out
        include_translated_keys (bool | Unset): Whether keys that already have a translation are
            included; set it to false together with include_empty_translations to get only
            untranslated keys
        keep_notranslate_tags (bool | Unset): Keep [NOTRANSLATE] markers in the output
        convert_emoji (bool | Unset): Obsolete; emoji are handled natively, so projects created on
            or after November 29, 2019, or without emoji at that time, do not need it
        format_options (DownloadLocaleFormatOptions | Unset): Extra rendering options specific to
            the chosen format, sent as format_options[name]=value
        encoding (str | Unset): Encoding to force on the file: UTF-8, UTF-16 or ISO-8859-1
        skip_unverified_translations (bool | Unset): Leave out unverified translations. Deprecated
            in favor of include_unverified_translations
        include_unverified_translations (bool | Unset): When false, unverified translations are
            left out
        use_last_reviewed_version (bool | Unset): Use the most recently reviewed version of each
            translation; only available when the project uses the review workflow
        fallback_locale_id (str | Unset): ID of a locale whose translation is used when a key is
            untranslated in this locale. Requires include_empty_translations to be true; cannot be
            combined with use_locale_fallback
        use_locale_fallback (bool | Unset): Fill untranslated keys from the fallback locale set in
            this locale's settings. Requires include_empty_translations to be true; cannot be combined
            with fallback_locale_id
        source_locale_id (str | Unset): Locale to write as the source language of the file;
            ignored unless a tag identifying a job is also given
        translation_key_prefix (str | Unset): Prefix to strip from key names where present; all
            keys are still included, so stripped names may collide with existing ones
        filter_by_prefix (bool | Unset): Only include keys that start with the given prefix, and
            strip that prefix in the output
        custom_metadata_filters (DownloadLocaleCustomMetadataFilters | Unset): Mapping of custom
            metadata field names to values; only keys whose metadata matches are included
        locale_ids (list[str] | Unset): IDs or names of locales
        updated_since (str | Unset): ISO 8601 timestamp, e.g. 2023-01-01T00:00:00Z; only keys and
            translations changed after it are included
        fallback_for_unverified_translations (bool | Unset): With true, translations that are not
            final yet (unverified, or not reviewed in the review workflow) are rendered as the
            fallback locale's text
        if_modified_since (str | Unset): Optional conditional-request header; pass the last-
            modified time from an earlier response so data is only sent again if it changed after that
            time
        if_none_match (str | Unset): Optional conditional-request header; pass the ETag from an
            earlier response so data is only sent again if its ETag no longer matches

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | File
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            id=id,
            client=client,
            branch=branch,
            file_format=file_format,
            tags=tags,
            tag=tag,
            include_empty_translations=include_empty_translations,
            exclude_empty_zero_forms=exclude_empty_zero_forms,
            include_translated_keys=include_translated_keys,
            keep_notranslate_tags=keep_notranslate_tags,
            convert_emoji=convert_emoji,
            format_options=format_options,
            encoding=encoding,
            skip_unverified_translations=skip_unverified_translations,
            include_unverified_translations=include_unverified_translations,
            use_last_reviewed_version=use_last_reviewed_version,
            fallback_locale_id=fallback_locale_id,
            use_locale_fallback=use_locale_fallback,
            source_locale_id=source_locale_id,
            translation_key_prefix=translation_key_prefix,
            filter_by_prefix=filter_by_prefix,
            custom_metadata_filters=custom_metadata_filters,
            locale_ids=locale_ids,
            updated_since=updated_since,
            fallback_for_unverified_translations=fallback_for_unverified_translations,
            if_modified_since=if_modified_since,
            if_none_match=if_none_match,
        )
    ).parsed
