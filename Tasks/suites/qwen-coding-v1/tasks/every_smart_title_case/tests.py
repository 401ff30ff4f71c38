def check(candidate):
    assert candidate("the lord of the rings") == "The Lord of the Rings" and candidate("a tale of two cities") == "A Tale of Two Cities"
    assert candidate("what is it for") == "What Is It For" and candidate("the") == "The"
    assert candidate("iPhone review: the good and the bad") == "iPhone Review: The Good and the Bad"
    assert candidate("NASA launches state-of-the-art probe") == "NASA Launches State-of-the-Art Probe"
    assert candidate("don't stop (the music)") == "Don't Stop (the Music)" and candidate('"the end"') == '"The End"'
    assert candidate("visit example.com today") == "Visit example.com Today" and candidate("3d printing in 2024") == "3d Printing in 2024"
    assert candidate("  spaced   out\tnow ") == "  Spaced   Out\tNow " and candidate("") == ""
    assert candidate("follow-up on a follow-up") == "Follow-Up on a Follow-Up" and candidate("an in-depth look") == "An In-Depth Look"
    assert candidate("war AND peace") == "War AND Peace" and candidate("THE END of days") == "THE END of Days"
    assert candidate("part one: a new hope") == "Part One: A New Hope" and candidate("rock 'n' roll à la carte") == "Rock 'N' Roll À La Carte"
