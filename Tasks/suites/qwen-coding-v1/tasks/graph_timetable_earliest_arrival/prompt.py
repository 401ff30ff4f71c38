from typing import List, Tuple


def earliest_arrival(connections: List[Tuple[str, str, int, int]], origin: str, dest: str,
                     start_time: int, min_transfer: int) -> int:
    """Earliest time a traveller can reach ``dest`` using a train timetable.

    Each connection ``(from_station, to_station, departure, arrival)`` is a single
    train hop with integer times and ``departure < arrival``. The traveller is at
    ``origin`` from ``start_time`` on. A connection can be taken if the traveller is
    ready at its ``from_station`` no later than its departure time:

    * at ``origin`` the traveller is ready from ``start_time``;
    * at any other station the traveller is ready ``min_transfer`` time units
      (``min_transfer >= 0``) after arriving there.

    Waiting at a station is always allowed. Return the earliest possible arrival
    time at ``dest`` (the moment the train arrives; no transfer time is added), or
    ``start_time`` if ``origin == dest``, or ``-1`` if ``dest`` cannot be reached.
    Timetables can contain tens of thousands of connections and journeys can take
    thousands of hops.

    >>> conns = [("A", "B", 10, 20), ("B", "C", 22, 30), ("B", "C", 25, 28), ("A", "C", 5, 40)]
    >>> earliest_arrival(conns, "A", "C", 0, 3)
    28
    >>> earliest_arrival(conns, "A", "C", 0, 6)
    40
    >>> earliest_arrival(conns, "A", "C", 11, 0)
    -1
    """
