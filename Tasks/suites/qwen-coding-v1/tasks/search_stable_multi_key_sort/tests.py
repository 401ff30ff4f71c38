import random


def _ids(rs):
    return [r["id"] for r in rs]


def check(candidate):
    people = [{"id": 1, "name": "bo", "age": 30}, {"id": 2, "name": "al", "age": 25}, {"id": 3, "name": "cy", "age": 30}]
    assert _ids(candidate(people, ["-age", "name"])) == [1, 3, 2]
    assert _ids(candidate(people, ["-name"])) == [3, 1, 2]
    assert _ids(candidate(people, ["age"])) == [2, 1, 3]
    assert _ids(candidate(people, [])) == [1, 2, 3]
    assert candidate([], ["x", "-y"]) == []
    grp = [{"id": 1, "g": "x"}, {"id": 2, "g": "y"}, {"id": 3, "g": "x"}, {"id": 4, "g": "y"}]
    assert _ids(candidate(grp, ["-g"])) == [2, 4, 1, 3]
    rows = [{"id": i, "dept": d, "lvl": l} for i, (d, l) in enumerate([("ops", 2), ("dev", 3), ("ops", 3), ("dev", 3), ("dev", 1)])]
    assert _ids(candidate(rows, ["dept", "-lvl"])) == [1, 3, 4, 2, 0]
    assert _ids(candidate(rows, ["-lvl", "-dept"])) == [2, 1, 3, 0, 4]
    snapshot = [dict(r) for r in rows]
    candidate(rows, ["-lvl"])
    assert rows == snapshot
    rng = random.Random(12)
    data = [{"id": i, "a": rng.randint(0, 3), "b": rng.choice("pqr"), "c": rng.randint(0, 2)} for i in range(200)]
    exp = sorted(data, key=lambda r: (r["b"], -r["a"], r["c"], r["id"]))
    assert _ids(candidate(data, ["b", "-a", "c"])) == _ids(exp)
    exp2 = sorted(data, key=lambda r: (-ord(r["b"]), r["id"]))
    assert _ids(candidate(data, ["-b"])) == _ids(exp2)
