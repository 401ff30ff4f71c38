# attack: memory balloon spread over many processes, each under the per-process address-space limit
# expect: oom timeout error
# timeout: 10
import os, time
for _ in range(12):
    if os.fork() == 0:
        chunks = []
        try:
            for _ in range(24):
                chunks.append(b"\x01" * (64 << 20))  # 1.5 GiB per process, touched
        except MemoryError:
            pass
        time.sleep(30)
        os._exit(0)
time.sleep(30)
