def check(candidate):
    assert candidate(1, "file") == "1 file" and candidate(0, "file") == "0 files" and candidate(2, "file") == "2 files"
    assert candidate(2, "city") == "2 cities" and candidate(2, "day") == "2 days" and candidate(4, "toy") == "4 toys"
    assert candidate(3, "box") == "3 boxes" and candidate(2, "match") == "2 matches" and candidate(2, "bus") == "2 buses" and candidate(5, "dish") == "5 dishes"
    assert candidate(1234567, "byte") == "1,234,567 bytes" and candidate(-1500, "user") == "-1,500 users"
    assert candidate(-1, "degree") == "-1 degree" and candidate(-2, "degree") == "-2 degrees"
    assert candidate(2, "child", "children") == "2 children" and candidate(1, "child", "children") == "1 child"
    assert candidate(5, "BOX") == "5 BOXES" and candidate(2, "SPY") == "2 SPIES" and candidate(2, "KEY") == "2 KEYS" and candidate(2, "CPU") == "2 CPUS"
    assert candidate(2, "Party") == "2 Parties" and candidate(10, "Bench") == "10 Benches" and candidate(0, "stomach") == "0 stomaches"
