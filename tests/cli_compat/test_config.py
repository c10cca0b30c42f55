"""Reading .phrase.yml as phrase-go's ReadConfig and phrase-cli's SourcesFromConfig/TargetsFromConfig do."""

from __future__ import annotations

from pathlib import Path

import pytest
from phrase_strings import ConfigurationError, Phrase, discover
from phrase_strings._config import find_config, load_config, parse_config

from tests.cli_compat.conftest import TOKEN


def test_full_config_with_block_scalar_token_bom_and_anchors(tmp_path: Path) -> None:
    """phrase-go Config.UnmarshalYAML: every root key; YAML features a hand-written reader got wrong."""
    path = tmp_path / ".phrase.yml"
    text = f"""\
phrase:
  access_token: >-
    {TOKEN}
  project_id: "p1"
  host: https://api.us.app.phrase.com/v2
  file_format: yml
  per_page: 50
  locale_mapping: {{English: en, Norsk: no}}
  defaults:
    keys/list: {{sort: name}}
  push:
    delete_unmentioned_keys: false
    sources:
      - file: ./config/locales/<locale_code>.yml
        params: &shared
          update_translations: true
          tags: [web, app]
          format_options: {{omit_separator_space: true}}
      - file: ./other/<locale_code>.json
        project_id: p2
        file_format: json
        params:
          <<: *shared
          locale_id: abc
  pull:
    targets:
      - file: ./config/locales/<locale_code>.yml
        params:
          locale_ids: de, fr
          include_empty_translations: true
"""
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    config = load_config(path)
    assert config.access_token == TOKEN
    assert (config.project_id, config.host, config.file_format, config.per_page) == (
        "p1",
        "https://api.us.app.phrase.com/v2",
        "yml",
        50,
    )
    assert config.locale_mapping == {"English": "en", "Norsk": "false"}  # YAML 1.1: no is false, as in yaml.v2
    first, second = config.sources
    assert (first.project_id, first.format, first.params["tags"]) == ("p1", "yml", "web,app")
    assert first.params["format_options"] == {"omit_separator_space": True}
    assert (second.project_id, second.format, second.params["locale_id"]) == ("p2", "json", "abc")
    assert second.params["update_translations"] is True
    assert config.targets[0].params["locale_ids"] == ["de", "fr"]
    assert TOKEN not in repr(config) and TOKEN[-4:] in repr(config)


def test_legacy_root_and_empty_file() -> None:
    """ReadConfig: 'phrase', else 'phraseapp', else the error "'phrase' key is missing"."""
    assert parse_config("phraseapp:\n  project_id: p1\n").root == "phraseapp"
    assert parse_config("").sources == ()
    with pytest.raises(ConfigurationError, match="'phrase' key is missing"):
        parse_config("phrase_app:\n  project_id: p1\n")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("phrase:\n  push:\n    source: []\n", "unknown key phrase.push.source"),
        ("phrase:\n  pull:\n    targets:\n      - file: a\n        params:\n          locale: de\n", "params.locale"),
        ("phrase:\n  pull:\n    targets:\n      - params: {}\n", "targets[0].file is needed"),
        ("phrase:\n  push:\n    sources: {file: a}\n", "must be a list"),
        ("phrase:\n  access_token: 123\n", "access_token must be a string (quote numbers), not int"),
        ("phrase:\n  locale_mapping: {en: [1]}\n", "locale_mapping.en must be a string"),
    ],
)
def test_what_phrase_cli_refuses_is_refused_with_the_key_named(text: str, message: str) -> None:
    """ParseYAMLToMap (unknown root keys) and viper's UnmarshalExact (unknown source/target/params keys)."""
    with pytest.raises(ConfigurationError, match=message.replace("[", r"\[").replace("(", r"\(").replace(")", r"\)")):
        parse_config(text, Path("repo/.phrase.yml"))


def test_a_token_of_the_wrong_type_is_not_echoed() -> None:
    with pytest.raises(ConfigurationError) as caught:
        parse_config("phrase:\n  access_token: [secret-value-1234]\n")
    assert "secret-value" not in str(caught.value)


def test_lookup_order(tmp_path: Path) -> None:
    """configPath: PHRASEAPP_CONFIG; .phrase.yml up the tree; then .phraseapp.yml up the tree; then home."""
    home, repo = tmp_path / "home", tmp_path / "repo"
    deep = repo / "a" / "b"
    deep.mkdir(parents=True)
    home.mkdir()
    (home / ".phrase.yml").write_text("phrase: {}\n")
    assert find_config(environ={}, cwd=deep, home=home) == home / ".phrase.yml"
    (repo / "a" / ".phraseapp.yml").write_text("phraseapp: {}\n")
    assert find_config(environ={}, cwd=deep, home=home) == repo / "a" / ".phraseapp.yml"
    (repo / ".phrase.yml").write_text("phrase: {}\n")  # .phrase.yml anywhere up the tree comes first
    assert find_config(environ={}, cwd=deep, home=home) == (repo / ".phrase.yml").resolve()
    chosen = tmp_path / "ci.yml"
    chosen.write_text("phrase: {}\n")
    assert find_config(environ={"PHRASEAPP_CONFIG": str(chosen)}, cwd=deep, home=home) == chosen
    assert find_config(chosen, environ={"PHRASEAPP_CONFIG": "x"}, cwd=deep) == chosen  # --config wins
    with pytest.raises(ConfigurationError, match="from PHRASEAPP_CONFIG"):
        find_config(environ={"PHRASEAPP_CONFIG": str(tmp_path / "missing.yml")}, cwd=deep, home=home)


def test_discovery_reads_legacy_files_and_variables(tmp_path: Path) -> None:
    """Phrase() without arguments finds what phrase-cli would: .phraseapp.yml and PHRASEAPP_ACCESS_TOKEN."""
    home, repo = tmp_path / "home", tmp_path / "repo"
    home.mkdir()
    repo.mkdir()
    (repo / ".phraseapp.yml").write_text(f"phraseapp:\n  access_token: |\n    {TOKEN}\n  project_id: p7\n")
    found = discover(environ={}, cwd=repo, home=home)
    assert (found.access_token, found.project_id) == (TOKEN, "p7")
    assert found.sources["access_token"].endswith(".phraseapp.yml")
    env = discover(environ={"PHRASEAPP_ACCESS_TOKEN": "legacy-token-000"}, cwd=repo, home=home)
    assert env.access_token == "legacy-token-000"
    assert env.sources["access_token"] == "environment variable PHRASEAPP_ACCESS_TOKEN"
    both = discover(
        environ={"PHRASEAPP_ACCESS_TOKEN": "legacy-token-000", "PHRASE_ACCESS_TOKEN": "new-token-0000"},
        cwd=repo,
        home=home,
    )
    assert both.access_token == "new-token-0000"


def test_client_from_a_config(tmp_path: Path) -> None:
    config = parse_config(f'phrase:\n  access_token: "{TOKEN}"\n  host: https://api.us.app.phrase.com/v2\n')
    with Phrase(config.access_token, base_url=config.host) as client:
        assert client.settings.base_url == "https://api.us.app.phrase.com/v2"


@pytest.mark.parametrize(
    ("file", "message"),
    [
        ("a/**/b.yml", None),
        ("./**/<locale_code>.yml", None),
        ("a/**", "must be a folder of its own"),
        ("a**/b.yml", "must be a folder of its own"),
        ("a/*/*.yml", r"\* can occur only once"),
        ("a/**/b/**/c.yml", r"\*\* can occur only once"),
        ("<locale_code>/<locale_code>.yml", "<locale_code> can occur only once"),
    ],
)
def test_push_patterns_are_checked_as_phrase_cli_checks_them(file: str, message: str | None) -> None:
    """Source.CheckPreconditions and paths.Glob's rules for * and **."""
    from phrase_strings._compat import check_source
    from phrase_strings._config import PushSource

    source = PushSource(file=file, file_format="yml")
    if message is None:
        check_source(source)
    else:
        with pytest.raises(ConfigurationError, match=message):
            check_source(source)


@pytest.mark.parametrize(
    ("file", "params", "message"),
    [
        ("l/*.yml", {}, "cannot contain"),
        ("l/en.yml", {}, "add <locale_code> or <locale_name>"),
        ("l/<locale_code>.yml", {"locale_id": "en"}, "not both"),
        ("l/<locale_code>/<tag>.yml", {}, "list the tags"),
    ],
)
def test_pull_targets_are_checked_as_phrase_cli_checks_them(file: str, params: dict[str, str], message: str) -> None:
    """Target.CheckPreconditions: containsStars, containsAmbiguousLocaleInformation, containsInvalidTagInformation."""
    from phrase_strings._compat import check_target
    from phrase_strings._config import PullTarget

    with pytest.raises(ConfigurationError, match=message):
        check_target(PullTarget(file=file, file_format="yml", params=params))
