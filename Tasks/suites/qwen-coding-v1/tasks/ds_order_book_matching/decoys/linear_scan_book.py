from typing import List, Tuple


def match_orders(orders: List[Tuple[str, str, int, int]]) -> List[Tuple[str, str, int, int]]:
    bids = []
    asks = []
    trades = []
    for seq, (oid, side, price, qty) in enumerate(orders):
        if side == "buy":
            while qty > 0 and asks:
                best = min(asks, key=lambda o: (o[0], o[1]))
                if best[0] > price:
                    break
                q = min(qty, best[3])
                trades.append((oid, best[2], best[0], q))
                qty -= q
                best[3] -= q
                if best[3] == 0:
                    asks.remove(best)
            if qty > 0:
                bids.append([price, seq, oid, qty])
        else:
            while qty > 0 and bids:
                best = min(bids, key=lambda o: (-o[0], o[1]))
                if best[0] < price:
                    break
                q = min(qty, best[3])
                trades.append((best[2], oid, best[0], q))
                qty -= q
                best[3] -= q
                if best[3] == 0:
                    bids.remove(best)
            if qty > 0:
                asks.append([price, seq, oid, qty])
    return trades
