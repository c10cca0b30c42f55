from enum import StrEnum


class ListLocalesSortBy(StrEnum):
    DEFAULT_ASC = "default_asc"
    DEFAULT_DESC = "default_desc"
    NAME_ASC = "name_asc"
    NAME_DESC = "name_desc"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ListLocalesSortBy | None":
        # A value the API added after this client was generated: keep it instead of failing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
