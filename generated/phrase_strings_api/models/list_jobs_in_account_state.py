from enum import StrEnum


class ListJobsInAccountState(StrEnum):
    COMPLETED = "completed"
    DRAFT = "draft"
    IN_PROGRESS = "in_progress"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ListJobsInAccountState | None":
        # A value the API added after this client was generated: keep it instead of failing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
