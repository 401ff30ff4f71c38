# QwenEval test driver. The harness runs this file, never the answer's own code as the main program.
# Protocol: one JSON line on stdin {"nonce", "entry_point", "limits"}; the verdict line carries the nonce,
# which exists only in this process's memory (not in argv, the environment or any file), so an answer that
# exits early, prints a fake verdict or kills this process can never produce a pass.
import json, os, sys

_write, _exit = os.write, os._exit
_config = json.loads(sys.stdin.readline())
_nonce = _config.pop("nonce")
_entry = _config["entry_point"]
# Keep a private copy of stdout for the verdict; the answer's prints go to the same pipe, but without the nonce.
_fd = os.dup(1)
_null = os.open(os.devnull, os.O_RDONLY)
os.dup2(_null, 0)
os.close(_null)


def _verdict(status, detail=""):
    line = "QWENEVAL-VERDICT %s %s %s\n" % (_nonce, status, detail.replace("\n", " ")[:500])
    _write(_fd, line.encode("utf-8", "replace"))


def _limits(limits):
    try:
        import resource
    except ImportError:
        return
    for name, value in limits.items():
        res = getattr(resource, name, None)
        if res is not None and value:
            try:
                resource.setrlimit(res, (value, value))
            except (ValueError, OSError):
                pass


_verdict("started")
_limits(_config.get("limits", {}))

try:
    import importlib.util
    import traceback
    spec = importlib.util.spec_from_file_location("answer", "answer.py")
    answer = importlib.util.module_from_spec(spec)
    sys.modules["answer"] = answer
    spec.loader.exec_module(answer)
    candidate = getattr(answer, _entry)
    namespace = {"__name__": "qweneval_tests"}
    with open("tests.py", encoding="utf-8") as f:
        exec(compile(f.read(), "tests.py", "exec"), namespace)
    namespace["check"](candidate)
except AssertionError as e:
    _verdict("fail", "AssertionError: %s" % (e,))
    sys.stdout.flush()
    _exit(0)
except MemoryError:
    _verdict("oom", "MemoryError")
    _exit(0)
except BaseException as e:  # SystemExit and KeyboardInterrupt from the answer are failures too.
    _verdict("error", "%s: %s" % (type(e).__name__, e))
    try:
        traceback.print_exc()
    except BaseException:
        pass
    _exit(0)
else:
    _verdict("pass")
    _exit(0)
