"""Read models kept up to date from the event feed."""


class BalanceProjection:
    """Balance per account id, fed by ``store.subscribe``."""

    def __init__(self, store=None, catch_up=True):
        self.balances = {}
        self.owners = {}
        self.last_position = 0
        if store is not None:
            if catch_up:
                for event in store.all_events():
                    self(event)
            store.subscribe(self)

    def __call__(self, event):
        if not event.stream_id.startswith("account-"):
            return
        account_id = event.stream_id[len("account-"):]
        if event.type == "Opened":
            self.balances[account_id] = 0
            self.owners[account_id] = event.data["owner"]
        elif event.type == "Deposited":
            self.balances[account_id] += event.data["amount"]
        elif event.type == "Withdrawn":
            self.balances[account_id] -= event.data["amount"]
        elif event.type == "Closed":
            self.balances.pop(account_id, None)
        self.last_position = event.position

    def total(self):
        return sum(self.balances.values())
