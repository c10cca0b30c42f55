from enum import StrEnum


class CustomMetadataDataType(StrEnum):
    BOOLEAN = "boolean"
    DATE = "date"
    LINK = "link"
    MULTI_SELECT = "multi_select"
    NUMBER = "number"
    SINGLE_SELECT = "single_select"
    STRING = "string"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CustomMetadataDataType | None":
        # A value the API added after this client was generated: keep it instead of failing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
