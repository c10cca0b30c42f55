from enum import StrEnum


class ListProjectsSortBy(StrEnum):
    NAME_ASC = "name_asc"
    NAME_DESC = "name_desc"
    SPACE_ASC = "space_asc"
    SPACE_DESC = "space_desc"
    UPDATED_AT_ASC = "updated_at_asc"
    UPDATED_AT_DESC = "updated_at_desc"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ListProjectsSortBy | None":
        # A value the API added after this client was generated: keep it instead of failing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
