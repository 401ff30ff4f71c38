from typing import List, Tuple


def run_conveyor(items: List[str], commands: List[Tuple]) -> List[str]:
    """Simulate a circular conveyor belt passing a single pick station.

    ``items`` lists the items on the belt in belt order, starting with the item that
    is currently at the station; the item after the last one is the first one again.
    Commands:

    * ``("rotate", k)`` -- move the belt ``k`` positions forward: the item that was
      ``k`` positions after the station is now at the station (so ``["a","b","c"]``
      rotated by 1 becomes ``["b","c","a"]``). ``k`` may be negative (move backward)
      and its absolute value may be far larger than the number of items
      (up to 10**15). Rotating an empty belt does nothing.
    * ``("pick",)`` -- remove the item at the station; the item after it is now at
      the station. Does nothing if the belt is empty.
    * ``("place", x)`` -- put item ``x`` at the station; the item previously at the
      station comes directly after ``x``.

    Return the final belt contents starting at the station. The input list must not
    be modified.

    >>> run_conveyor(["a", "b", "c", "d"], [("rotate", 1)])
    ['b', 'c', 'd', 'a']
    >>> run_conveyor(["a", "b", "c", "d"], [("rotate", -1), ("pick",), ("place", "z")])
    ['z', 'a', 'b', 'c']
    """
