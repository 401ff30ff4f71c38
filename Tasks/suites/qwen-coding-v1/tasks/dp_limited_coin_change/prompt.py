from typing import Dict


def fewest_coins(amount: int, coins: Dict[int, int]) -> int:
    """Pay an exact amount with as few coins as possible from a limited inventory.

    ``coins`` maps each distinct positive denomination to the number of coins of it
    available (``>= 0``). Return the minimum number of coins whose values sum to
    exactly ``amount`` (``amount >= 0``) without using more coins of a denomination
    than are available, or ``-1`` if it is impossible. Paying 0 needs 0 coins.
    Expect amounts up to about 5,000 and up to about 1,000 coins per denomination.

    >>> fewest_coins(12, {5: 1, 2: 10})
    6
    >>> fewest_coins(7, {4: 2, 3: 1})
    2
    >>> fewest_coins(3, {2: 5})
    -1
    """
