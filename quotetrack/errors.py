"""The library's own exceptions; the CLI turns them into one-line messages."""


class QuotetrackError(Exception):
    """Base class: a problem the user can act on. ``str(err)`` is the one-line message."""


class DatabaseError(QuotetrackError):
    """The database cannot be opened, is not SQLite, or stays locked."""


class InputError(QuotetrackError):
    """An input file or line cannot be read as an article."""


class NotFoundError(QuotetrackError):
    """A person, topic, quote or article the user named does not exist."""

    def __init__(self, message: str, suggestions: list[str] | None = None) -> None:
        self.suggestions = suggestions or []
        if self.suggestions:
            message = f"{message} Did you mean: {', '.join(self.suggestions)}?"
        super().__init__(message)


class QueryError(QuotetrackError):
    """A search or filter cannot be run as given."""
