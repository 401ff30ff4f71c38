def _bad(candidate, args):
    try:
        candidate(args)
    except ValueError:
        return True
    return False


def check(candidate):
    assert candidate([]) == ({}, [])
    assert candidate(["--verbose", "in.txt", "--level=3", "--no-color", "--", "--raw"]) == ({"verbose": True, "level": "3", "color": False}, ["in.txt", "--raw"])
    assert candidate(["--x=", "--y=a=b"]) == ({"x": "", "y": "a=b"}, [])
    assert candidate(["--no-x=1"]) == ({"no-x": "1"}, [])
    assert candidate(["--no"]) == ({"no": True}, [])
    assert candidate(["-v", "-", "file"]) == ({}, ["-v", "-", "file"])
    assert candidate(["--a", "--no-a", "--a=z"]) == ({"a": "z"}, [])
    assert candidate(["--", "--", "x"]) == ({}, ["--", "x"])
    assert candidate(["--dry-run2", "naïve.txt"]) == ({"dry-run2": True}, ["naïve.txt"])
    assert _bad(candidate, ["--=x"])
    assert _bad(candidate, ["--Bad"])
    assert _bad(candidate, ["---x"])
    assert _bad(candidate, ["--no-"])
    assert _bad(candidate, ["--2fa"])
    assert candidate(["--kk=%d" % i for i in range(3000)] + ["p"] * 5000) == ({"kk": "2999"}, ["p"] * 5000)
