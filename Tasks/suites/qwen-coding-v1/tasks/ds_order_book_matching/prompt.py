from typing import List, Tuple


def match_orders(orders: List[Tuple[str, str, int, int]]) -> List[Tuple[str, str, int, int]]:
    """Run a limit order book with price-time priority and return the trades.

    Orders arrive in list order as ``(order_id, side, price, quantity)`` where
    ``side`` is ``"buy"`` or ``"sell"`` and price and quantity are positive ints.
    The book starts empty.

    An incoming buy order repeatedly trades with the best resting sell order while it
    still has quantity left and the best resting sell has ``price <= buy price``. The
    best resting sell is the one with the lowest price; among equal prices, the one
    that arrived first. An incoming sell order symmetrically trades with resting buy
    orders whose ``price >= sell price``, best = highest price, then earliest arrival.

    Each trade has quantity ``min(incoming remaining, resting remaining)`` and is
    executed at the RESTING order's price. A resting order leaves the book when its
    quantity reaches 0. If the incoming order still has quantity left when no more
    matches are possible, the remainder rests in the book (keeping the incoming
    order's arrival position for time priority).

    Return all trades in execution order as ``(buy_id, sell_id, price, quantity)``.

    >>> match_orders([("s1", "sell", 101, 5), ("s2", "sell", 100, 3), ("b1", "buy", 101, 6)])
    [('b1', 's2', 100, 3), ('b1', 's1', 101, 3)]
    >>> match_orders([("b1", "buy", 99, 2), ("b2", "buy", 99, 2), ("s1", "sell", 98, 3)])
    [('b1', 's1', 99, 2), ('b2', 's1', 99, 1)]
    """
