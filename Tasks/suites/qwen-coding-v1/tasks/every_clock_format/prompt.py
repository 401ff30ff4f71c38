from typing import Union


def clock_format(seconds: Union[int, float]) -> str:
    """Format a duration in seconds like a clock display.

    - A float is first truncated toward zero to whole seconds (59.9 -> 59, -5.5 -> -5).
    - Under one hour: ``'M:SS'`` (``'0:05'``, ``'59:59'``).
    - From one hour to under one day: ``'H:MM:SS'`` (``'1:02:05'``).
    - One day or more: ``'Dd H:MM:SS'`` (``'1d 0:00:00'``).
    - A negative duration is formatted like its absolute value with a leading ``'-'``;
      a duration that truncates to 0 never gets a sign.

    >>> clock_format(65), clock_format(3725), clock_format(90061), clock_format(-5.5)
    ('1:05', '1:02:05', '1d 1:01:01', '-0:05')
    """
