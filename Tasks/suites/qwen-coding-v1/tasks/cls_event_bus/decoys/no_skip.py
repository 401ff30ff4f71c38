from typing import Any, Callable


class _Subscription:
    __slots__ = ("handler", "once", "active")

    def __init__(self, handler, once):
        self.handler = handler
        self.once = once
        self.active = True


class EventBus:
    def __init__(self) -> None:
        self._subs = {}

    def _subscribe(self, event, handler, once):
        sub = _Subscription(handler, once)
        self._subs.setdefault(event, []).append(sub)

        def unsubscribe():
            self._cancel(event, sub)

        return unsubscribe

    def _cancel(self, event, sub):
        if not sub.active:
            return
        sub.active = False
        self._subs[event].remove(sub)

    def on(self, event, handler):
        return self._subscribe(event, handler, False)

    def once(self, event, handler):
        return self._subscribe(event, handler, True)

    def emit(self, event, *args, **kwargs):
        if event == "*":
            raise ValueError("cannot emit the wildcard event")
        plan = [(event, s, False) for s in self._subs.get(event, [])]
        plan += [("*", s, True) for s in self._subs.get("*", [])]
        calls = 0
        for name, sub, wildcard in plan:
            if sub.once and sub.active:
                self._cancel(name, sub)
            calls += 1
            if wildcard:
                sub.handler(event, *args, **kwargs)
            else:
                sub.handler(*args, **kwargs)
        return calls

    def listener_count(self, event):
        return len(self._subs.get(event, []))
