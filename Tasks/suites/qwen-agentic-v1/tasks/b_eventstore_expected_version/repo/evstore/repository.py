"""Loads aggregates from a store and saves their pending events."""


class NotFound(KeyError):
    pass


class Repository:
    def __init__(self, store, aggregate_cls):
        self.store = store
        self.aggregate_cls = aggregate_cls

    def new(self, aggregate_id):
        return self.aggregate_cls(aggregate_id)

    def get(self, aggregate_id):
        aggregate = self.aggregate_cls(aggregate_id)
        history = self.store.load(aggregate.stream_id)
        if not history:
            raise NotFound(aggregate_id)
        aggregate.load_from_history(history)
        return aggregate

    def save(self, aggregate):
        """Persist the aggregate's pending events."""
        if not aggregate.pending:
            return
        self.store.append(aggregate.stream_id, aggregate.pending)
        aggregate.version += len(aggregate.pending)
        aggregate.pending = []
