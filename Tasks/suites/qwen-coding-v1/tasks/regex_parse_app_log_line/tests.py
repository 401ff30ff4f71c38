def check(candidate):
    assert candidate("[2024-03-12 14:05:09.123] WARN  (worker-3) disk at 91%") == {"timestamp": "2024-03-12 14:05:09.123", "level": "WARN", "source": "worker-3", "message": "disk at 91%"}
    assert candidate("[2024-03-12 14:05:09] INFO started\n") == {"timestamp": "2024-03-12 14:05:09", "level": "INFO", "source": None, "message": "started"}
    assert candidate("[2024-03-12 14:05:09] info started") is None
    assert candidate("[2024-03-12 14:05:09] NOTICE started") is None
    assert candidate("[2024-03-12 14:05:09]INFO started") is None
    assert candidate("[2024-03-12 14:05:09] INFOS started") is None
    assert candidate("[2024-03-12 14:05:09.12] INFO x") is None
    assert candidate("") is None
    assert candidate("[2024-03-12 14:05:09] ERROR") == {"timestamp": "2024-03-12 14:05:09", "level": "ERROR", "source": None, "message": ""}
    assert candidate("[2024-03-12 14:05:09] DEBUG (db.pool_2) ") == {"timestamp": "2024-03-12 14:05:09", "level": "DEBUG", "source": "db.pool_2", "message": ""}
    assert candidate("[2024-03-12 14:05:09] FATAL (a) [x] (y) z  \r\n") == {"timestamp": "2024-03-12 14:05:09", "level": "FATAL", "source": "a", "message": "[x] (y) z"}
    assert candidate("[2024-03-12 14:05:09] INFO (bad source) msg") == {"timestamp": "2024-03-12 14:05:09", "level": "INFO", "source": None, "message": "(bad source) msg"}
    assert candidate("[2024-03-12 14:05:09] WARN   Überlast  erkannt") == {"timestamp": "2024-03-12 14:05:09", "level": "WARN", "source": None, "message": "Überlast  erkannt"}
