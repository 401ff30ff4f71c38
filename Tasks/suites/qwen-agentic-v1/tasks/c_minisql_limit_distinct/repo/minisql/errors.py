class QueryError(Exception):
    """Raised for syntax errors and for errors while evaluating a query."""

    def __init__(self, message, position=None):
        if position is not None:
            message = f"{message} (at position {position})"
        super().__init__(message)
        self.position = position
