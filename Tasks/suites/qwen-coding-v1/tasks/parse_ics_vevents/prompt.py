def parse_ics_events(text: str) -> list[dict[str, tuple[dict[str, str], str]]]:
    r"""Extract the properties of every VEVENT in iCalendar text.

    1. Unfolding: split ``text`` into lines at ``"\r\n"`` or ``"\n"``. A line
       that starts with a space or a tab is a continuation: remove exactly
       that ONE leading character and append the rest to the previous line.
    2. Empty lines are ignored. Every other line is a content line:
       ``NAME *(";" PNAME "=" PVALUE) ":" VALUE`` where NAME and PNAME
       consist of letters, digits and ``"-"``; PVALUE is either a
       double-quoted string (no ``"`` inside; it may contain ``:`` ``;``
       ``,``) whose quotes are removed, or a possibly empty run of
       characters other than ``;`` ``:`` ``"``. VALUE is everything after
       that ``":"`` (it may contain more colons, and may be empty).
       NAME and PNAME are upper-cased in the result.
    3. VALUE escapes, decoded in a single left-to-right pass: ``\\`` -> ``\``,
       ``\;`` -> ``;``, ``\,`` -> ``,``, ``\n`` or ``\N`` -> newline. Any other
       backslash is kept as is.
    4. Only properties directly inside ``BEGIN:VEVENT`` ... ``END:VEVENT``
       are collected (``BEGIN``/``END`` names and the ``VEVENT`` value are
       case-insensitive). Components nested inside an event (e.g.
       ``BEGIN:VALARM`` ... ``END:VALARM``) are skipped entirely, including
       their properties. Lines outside events are ignored. If a property
       repeats within an event, the last one wins.
    5. Each event becomes a dict ``{NAME: (params_dict, value)}``; events
       are returned in order.

    A malformed content line inside an event, an ``END`` that does not
    match, or an event that is never closed raises ``ValueError``.

    >>> parse_ics_events("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Team sync\\, weekly\nDTSTART;TZID=Europe/Paris:20240312T100000\nEND:VEVENT\nEND:VCALENDAR")
    [{'SUMMARY': ({}, 'Team sync, weekly'), 'DTSTART': ({'TZID': 'Europe/Paris'}, '20240312T100000')}]
    >>> parse_ics_events("BEGIN:VEVENT\r\nDESCRIPTION:Line one conti\r\n nued\r\nEND:VEVENT")
    [{'DESCRIPTION': ({}, 'Line one continued')}]
    """
