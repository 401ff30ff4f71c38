def check(candidate):
    assert candidate(["#..#", ".#..", "...#"]) == [2, 1, 1]
    assert candidate(["##", "##"]) == [4]
    assert candidate([]) == []
    assert candidate(["...", "..."]) == []
    assert candidate(["#"]) == [1]
    assert candidate(["#.#", ".#.", "#.#"]) == [5]
    assert candidate(["##..#", "#...#", ".....", "###.."]) == [3, 3, 2]
    assert candidate(["#.#.#.#"]) == [1, 1, 1, 1]
    board = ["".join("#" if (i + j) % 2 == 0 else "." for j in range(150)) for i in range(150)]
    assert candidate(board) == [150 * 150 // 2]
    full = ["#" * 200] * 200
    assert candidate(full) == [40000]
    stripes = ["#" * 120 if i % 2 == 0 else "." * 120 for i in range(121)]
    assert candidate(stripes) == [120] * 61
