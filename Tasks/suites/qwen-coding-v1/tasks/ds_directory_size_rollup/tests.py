import random


def _ref(files, threshold):
    dirs = set()
    for p in files:
        parts = p.split("/")[1:-1]
        dirs.add("/")
        for i in range(1, len(parts) + 1):
            dirs.add("/" + "/".join(parts[:i]))
    out = []
    for d in dirs:
        pre = "/" if d == "/" else d + "/"
        tot = sum(s for p, s in files.items() if p.startswith(pre))
        if tot >= threshold:
            out.append((d, tot))
    return sorted(out, key=lambda x: (-x[1], x[0]))


def check(candidate):
    assert candidate({"/a/x.txt": 100, "/a/b/y.bin": 250, "/c.log": 30}, 300) == [("/", 380), ("/a", 350)]
    assert candidate({"/docs/readme": 5, "/docs2/notes": 5}, 5) == [("/", 10), ("/docs", 5), ("/docs2", 5)]
    assert candidate({}, 0) == []
    assert candidate({"/f": 7}, 0) == [("/", 7)]
    assert candidate({"/f": 7}, 8) == []
    assert candidate({"/a/b/x": 1, "/a/bc/y": 2}, 0) == [("/", 3), ("/a", 3), ("/a/bc", 2), ("/a/b", 1)]
    assert candidate({"/z/empty": 0}, 0) == [("/", 0), ("/z", 0)]
    assert candidate({"/q/r/s/t/u/file": 9, "/q/other": 1}, 9) == [("/", 10), ("/q", 10), ("/q/r", 9), ("/q/r/s", 9), ("/q/r/s/t", 9), ("/q/r/s/t/u", 9)]
    assert candidate({"/m/a": 4, "/k/a": 4, "/b/a": 4}, 4) == [("/", 12), ("/b", 4), ("/k", 4), ("/m", 4)]
    rng = random.Random(5)
    names = ["a", "b", "ab", "src", "lib", "x"]
    for _ in range(25):
        files = {}
        for _ in range(rng.randint(1, 30)):
            depth = rng.randint(1, 4)
            p = "/" + "/".join(rng.choice(names) for _ in range(depth)) + "/f%d" % rng.randint(0, 3)
            files[p] = rng.randint(0, 50)
        th = rng.randint(0, 200)
        assert candidate(files, th) == _ref(files, th)
