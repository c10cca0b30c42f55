from enum import StrEnum


class ListTranslationsByLocaleSort(StrEnum):
    CREATED_AT = "created_at"
    KEY_NAME = "key_name"
    UPDATED_AT = "updated_at"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ListTranslationsByLocaleSort | None":
        # A value the API added after this client was generated: keep it instead of failing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
