def _bad(candidate, s):
    try:
        candidate(s)
    except ValueError:
        return True
    return False


def check(candidate):
    assert candidate("") == []
    assert candidate("BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR") == []
    assert candidate("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Team sync\\, weekly\nDTSTART;TZID=Europe/Paris:20240312T100000\nEND:VEVENT\nEND:VCALENDAR") == [{"SUMMARY": ({}, "Team sync, weekly"), "DTSTART": ({"TZID": "Europe/Paris"}, "20240312T100000")}]
    assert candidate("BEGIN:VEVENT\r\nDESCRIPTION:Line one conti\r\n nued\r\nEND:VEVENT") == [{"DESCRIPTION": ({}, "Line one continued")}]
    assert candidate("BEGIN:VEVENT\nSUMMARY:a\n  b\n\tc\nEND:VEVENT") == [{"SUMMARY": ({}, "a bc")}]
    assert candidate('BEGIN:VEVENT\nATTENDEE;CN="Doe, J";ROLE=CHAIR;ALTREP="mailto:j@x.org":mailto:j@x.org\nEND:VEVENT') == [{"ATTENDEE": ({"CN": "Doe, J", "ROLE": "CHAIR", "ALTREP": "mailto:j@x.org"}, "mailto:j@x.org")}]
    assert candidate("BEGIN:VEVENT\nDESCRIPTION:Main\nBEGIN:VALARM\nDESCRIPTION:Reminder\nTRIGGER:-PT15M\nEND:VALARM\nEND:VEVENT") == [{"DESCRIPTION": ({}, "Main")}]
    assert candidate("BEGIN:VEVENT\nDESCRIPTION:a\\\\nb\\nc\\;d\\Ne\\:f\nEND:VEVENT") == [{"DESCRIPTION": ({}, "a\\nb\nc;d\ne\\:f")}]
    assert candidate("begin:vevent\nsummary;language=en:Hi\nend:vevent") == [{"SUMMARY": ({"LANGUAGE": "en"}, "Hi")}]
    assert candidate("X-OUTSIDE:1\nBEGIN:VEVENT\nUID:1\nUID:2\nEND:VEVENT\nnot a content line\nBEGIN:VEVENT\nUID:3\nEND:VEVENT") == [{"UID": ({}, "2")}, {"UID": ({}, "3")}]
    assert candidate("BEGIN:VEVENT\nURL:http://x.y:80/z\nLOCATION:\nSUMMARY:Café ☕\nEND:VEVENT") == [{"URL": ({}, "http://x.y:80/z"), "LOCATION": ({}, ""), "SUMMARY": ({}, "Café ☕")}]
    assert candidate("BEGIN:VEVENT\nX-EMPTY;P=:v\nEND:VEVENT") == [{"X-EMPTY": ({"P": ""}, "v")}]
    assert _bad(candidate, "BEGIN:VEVENT\nSUMMARY:x")
    assert _bad(candidate, "BEGIN:VEVENT\nNOCOLON\nEND:VEVENT")
    assert _bad(candidate, "BEGIN:VEVENT\nEND:VTODO")
    many = "\n".join("BEGIN:VEVENT\nUID:%d\nEND:VEVENT" % i for i in range(2000))
    assert [e["UID"][1] for e in candidate(many)] == [str(i) for i in range(2000)]
