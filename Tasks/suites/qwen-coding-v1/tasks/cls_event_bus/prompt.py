from typing import Any, Callable


class EventBus:
    """A synchronous publish/subscribe hub.

    - ``on(event, handler)`` subscribes handler (a callable) to the event name and
      returns an ``unsubscribe`` function taking no arguments. The same handler may
      be subscribed several times; each subscription is separate, and an
      unsubscribe function removes only its own subscription. Calling an
      unsubscribe function again is harmless.
    - ``once(event, handler)``: like ``on`` but the subscription is removed just
      before the handler is called for the first time.
    - Subscribing to ``'*'`` receives every event: such handlers are called with
      the event name as an extra first positional argument.
    - ``emit(event, *args, **kwargs)`` calls, in subscription order, the handlers of
      ``event`` with ``(*args, **kwargs)``, then, in subscription order, the ``'*'``
      handlers with ``(event, *args, **kwargs)``. It returns the number of handler
      calls made. ``emit('*')`` raises ValueError.
    - The set of handlers an emit may call is fixed when it starts: subscriptions
      added during an emit are not called by that emit, and subscriptions removed
      during an emit (including ``once`` ones already used by a nested emit) are
      skipped if not yet called.
    - An exception from a handler propagates out of ``emit`` immediately; later
      handlers are not called.
    - ``listener_count(event)``: number of current subscriptions to exactly that
      event name.

    >>> bus, seen = EventBus(), []
    >>> off = bus.on("save", lambda name: seen.append(name))
    >>> _ = bus.on("*", lambda ev, name: seen.append(ev + ":" + name))
    >>> bus.emit("save", "a.txt"), seen
    (2, ['a.txt', 'save:a.txt'])
    >>> off(); bus.emit("save", "b.txt"), bus.listener_count("save")
    (1, 0)
    """

    def __init__(self) -> None:
        """Create a bus with no subscriptions."""

    def on(self, event: str, handler: Callable[..., Any]) -> Callable[[], None]:
        """Subscribe; return an unsubscribe function."""

    def once(self, event: str, handler: Callable[..., Any]) -> Callable[[], None]:
        """Subscribe for a single call; return an unsubscribe function."""

    def emit(self, event: str, *args: Any, **kwargs: Any) -> int:
        """Call the handlers; return the number of calls made."""

    def listener_count(self, event: str) -> int:
        """Number of subscriptions to event."""
