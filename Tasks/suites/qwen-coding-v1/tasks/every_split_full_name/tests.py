def _raises(exc, fn, *args):
    try:
        fn(*args)
    except exc:
        return True
    except Exception:
        return False
    return False


def _n(title="", first="", middle="", last="", suffix=""):
    return {"title": title, "first": first, "middle": middle, "last": last, "suffix": suffix}


def check(candidate):
    assert candidate("Dr. Mary Ann van der Berg Jr.") == _n("Dr.", "Mary", "Ann", "van der Berg", "Jr.")
    assert candidate("van der Berg, Mary Ann") == _n("", "Mary", "Ann", "van der Berg", "")
    assert candidate("Martin Luther King, Jr.") == _n("", "Martin", "Luther", "King", "Jr.")
    assert candidate("Prof. Dr. Hans von Trapp") == _n("Prof. Dr.", "Hans", "", "von Trapp", "")
    assert candidate("  Cher ") == _n(first="Cher") and candidate("Sir") == _n(first="Sir") and candidate("Dr. House") == _n("Dr.", "House")
    assert candidate("Ludwig van Beethoven") == _n(first="Ludwig", last="van Beethoven")
    assert candidate("John  Ronald Reuel   Tolkien") == _n(first="John", middle="Ronald Reuel", last="Tolkien")
    assert candidate("Jean De La Fontaine") == _n(first="Jean", last="De La Fontaine") and candidate("De Niro") == _n(first="De", last="Niro")
    assert candidate("Smith, John, III") == _n("", "John", "", "Smith", "III") and candidate("Smith, MRS. Jane Q") == _n("MRS.", "Jane", "Q", "Smith", "")
    assert candidate("Elizabeth Taylor PhD MD") == _n(first="Elizabeth", last="Taylor", suffix="PhD MD")
    assert candidate("mr john smith sr") == _n("mr", "john", "", "smith", "sr")
    assert _raises(ValueError, candidate, "") and _raises(ValueError, candidate, "   ") and _raises(ValueError, candidate, " , ")
