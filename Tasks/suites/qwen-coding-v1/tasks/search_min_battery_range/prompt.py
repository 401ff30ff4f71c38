from typing import List


def min_battery_range(stations: List[int], destination: int, max_recharges: int) -> int:
    """Find the smallest battery range that makes a trip possible.

    An electric car drives along a straight road from position 0 to position
    ``destination`` (an int > 0), starting fully charged. A full battery lasts for
    ``R`` units of distance. Charging stations are at the given distinct integer
    positions (in arbitrary order), each strictly between 0 and ``destination``. At a
    station the car may recharge to full, but it may recharge at most
    ``max_recharges`` times (``max_recharges >= 0``) during the whole trip. Reaching a
    station or the destination with exactly 0 range left is fine.

    Return the minimum integer ``R`` for which the trip is possible. Expect up to
    about 100,000 stations and a destination up to 10**9.

    >>> min_battery_range([30, 60, 90], 120, 1)
    60
    >>> min_battery_range([10, 50], 100, 5)
    50
    >>> min_battery_range([20, 50], 100, 0)
    100
    """
