class DefinitionError(ValueError):
    """The machine description is invalid."""


class TransitionError(RuntimeError):
    """An event cannot be handled in the current state."""

    def __init__(self, message, state=None, event=None):
        super().__init__(message)
        self.state = state
        self.event = event


class FinalStateError(TransitionError):
    """The machine is in a final state and accepts no more events."""
