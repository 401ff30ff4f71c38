import heapq
from typing import List, Tuple


def match_orders(orders: List[Tuple[str, str, int, int]]) -> List[Tuple[str, str, int, int]]:
    bids = []
    asks = []
    trades = []
    for seq, (oid, side, price, qty) in enumerate(orders):
        if side == "buy":
            while qty > 0 and asks and asks[0][0] <= price:
                _, _, ask_id, rest = asks[0]
                q = min(qty, rest[0])
                trades.append((oid, ask_id, price, q))
                qty -= q
                rest[0] -= q
                if rest[0] == 0:
                    heapq.heappop(asks)
            if qty > 0:
                heapq.heappush(bids, (-price, seq, oid, [qty]))
        else:
            while qty > 0 and bids and -bids[0][0] >= price:
                _, _, bid_id, rest = bids[0]
                q = min(qty, rest[0])
                trades.append((bid_id, oid, price, q))
                qty -= q
                rest[0] -= q
                if rest[0] == 0:
                    heapq.heappop(bids)
            if qty > 0:
                heapq.heappush(asks, (price, seq, oid, [qty]))
    return trades
