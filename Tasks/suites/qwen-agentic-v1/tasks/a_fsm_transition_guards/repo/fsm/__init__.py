"""fsm - declarative finite state machines.

Machines are described by plain data (usually loaded from JSON)::

    {
      "initial": "draft",
      "final": ["archived"],
      "transitions": [
        {"event": "submit", "source": "draft", "target": "review"},
        {"event": "approve", "source": "review", "target": "published", "action": "notify"},
        {"event": "archive", "source": "*", "target": "archived"}
      ]
    }

and run with :class:`Machine`, which calls registered actions and hooks.
"""

from .errors import DefinitionError, FinalStateError, TransitionError
from .definition import Definition, Transition, load_definition
from .machine import Machine
from .diagram import to_dot

__all__ = ["DefinitionError", "FinalStateError", "TransitionError", "Definition",
           "Transition", "load_definition", "Machine", "to_dot"]
