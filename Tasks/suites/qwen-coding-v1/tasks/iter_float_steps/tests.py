import itertools
import math


def check(candidate):
    tenths = list(candidate(0, 1, 0.1))
    assert len(tenths) == 10 and tenths[3] == 3 * 0.1 and tenths[-1] == 9 * 0.1
    assert list(candidate(0, 1, 0.1, ndigits=2)) == [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]
    assert list(candidate(1, 0, -0.25)) == [1.0, 0.75, 0.5, 0.25]
    assert list(candidate(0, 0, 1)) == [] and list(candidate(5, 0, 1)) == [] and list(candidate(0, 5, -1)) == []
    assert list(candidate(0, 3, 1)) == [0, 1, 2]
    assert list(itertools.islice(candidate(0, math.inf, 0.5), 4)) == [0, 0.5, 1.0, 1.5]
    assert list(itertools.islice(candidate(2, -math.inf, -0.1, 1), 3)) == [2.0, 1.9, 1.8]
    assert len(list(candidate(0.2, 0.9, 0.05))) == 14
    assert list(candidate(0, 2, 0.5, 0)) == [0.0, 0.0, 1.0, 2.0]
    raised = False
    try:
        list(candidate(0, 1, 0))
    except ValueError:
        raised = True
    assert raised
