"""The public API is what the public modules' ``__all__`` lists, and everything in it is real and documented.

A module is public when no part of its dotted name starts with ``_``.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import types

import phrase_strings
import pytest


def public_modules() -> list[types.ModuleType]:
    names = [phrase_strings.__name__]
    for info in pkgutil.walk_packages(phrase_strings.__path__, prefix=f"{phrase_strings.__name__}."):
        if not any(part.startswith("_") for part in info.name.split(".")):
            names.append(info.name)
    return [importlib.import_module(name) for name in names]


PUBLIC = public_modules()


def test_public_modules_are_the_top_level_and_public_subpackages() -> None:
    names = {module.__name__ for module in PUBLIC}
    assert {"phrase_strings", "phrase_strings.cli"} <= names
    assert "phrase_strings._client" not in names


@pytest.mark.parametrize("module", PUBLIC, ids=lambda m: m.__name__)
def test_every_exported_name_exists_and_is_documented(module: types.ModuleType) -> None:
    exported = getattr(module, "__all__", None)
    assert exported, f"{module.__name__} has no __all__"
    assert len(set(exported)) == len(exported), f"{module.__name__}.__all__ repeats a name"
    for name in exported:
        member = getattr(module, name)
        if inspect.isclass(member) or inspect.isfunction(member):
            assert member.__doc__ and member.__doc__.strip(), f"{module.__name__}.{name} has no docstring"
            # Defined in this package or generated for it (the base errors and NotModified, raised and
            # returned by the generated facades; the webhook events), not re-exported from httpx.
            root = member.__module__.split(".")[0]
            generated = ("phrase_strings_api", "phrase_strings_webhooks")
            assert root in ("phrase_strings", *generated), f"{name} comes from {member.__module__}"


@pytest.mark.parametrize("module", PUBLIC, ids=lambda m: m.__name__)
def test_classes_and_functions_defined_in_a_public_module_are_exported(module: types.ModuleType) -> None:
    for name, member in vars(module).items():
        defined_here = (inspect.isclass(member) or inspect.isfunction(member)) and member.__module__ == module.__name__
        if defined_here and not name.startswith("_"):
            assert name in module.__all__, f"{module.__name__}.{name} is public but not in __all__"


def test_top_level_exports_exactly_its_public_names() -> None:
    subpackages = {m.__name__.rpartition(".")[2] for m in PUBLIC if m is not phrase_strings}
    for name in phrase_strings.__all__:
        getattr(phrase_strings, name)  # loads the lazy ones into the module's namespace
    # Not identifiers: pytest's assertion rewriting adds "@py_builtins" to packages that hold a plugin.
    visible = {name for name in vars(phrase_strings) if name.isidentifier() and not name.startswith("_")} - subpackages
    assert visible == set(phrase_strings.__all__) - {"__version__"}


OLD_NAMES = {
    "BadRequest": "BadRequestError",
    "Unauthorized": "AuthenticationError",
    "OTPRequired": "OTPRequiredError",
    "Forbidden": "PermissionDeniedError",
    "NotFound": "NotFoundError",
    "Conflict": "ConflictError",
    "ValidationFailed": "UnprocessableEntityError",
    "RateLimited": "RateLimitError",
    "ServerError": "InternalServerError",
    "CredentialsNotFound": "CredentialsNotFoundError",
    "UploadFailed": "UploadFailedError",
    "DownloadFailed": "DownloadFailedError",
    "ProcessingTimeout": "ProcessingTimeoutError",
    "DownloadInterrupted": "DownloadInterruptedError",
}


@pytest.mark.parametrize(("old", "new"), OLD_NAMES.items())
def test_old_exception_names_are_aliases_of_the_new(old: str, new: str) -> None:
    assert getattr(phrase_strings, old) is getattr(phrase_strings, new)
    assert issubclass(getattr(phrase_strings, new), phrase_strings.PhraseError)
    assert new.endswith("Error")


def test_every_exported_exception_name_ends_in_error_unless_it_is_an_old_alias() -> None:
    for name in phrase_strings.__all__:
        member = getattr(phrase_strings, name)
        if inspect.isclass(member) and issubclass(member, BaseException) and name not in OLD_NAMES:
            assert name.endswith("Error"), name
