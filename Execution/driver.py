# QwenEval test driver: trusted code that the harness runs as the sample's first process. The answer's code is
# never the main program; it is imported by the runner below, in a forked child.
#
# Two processes:
#   supervisor (this process; pid 1 of the sample's pid namespace under bubblewrap) makes itself non-dumpable,
#       forks the runner, waits for it, kills every other process of the sample, and only then reads the
#       verdict's nonce from stdin and writes the verdict. The nonce never exists in any process the answer
#       can inspect: not in an argument, the environment, a file, nor the runner's memory.
#   runner (forked child) loads the hidden tests, imports the answer, calls check(candidate) and reports the
#       outcome to the supervisor over a pipe, as exactly one line carrying a per-run token and its own pid.
#
# stdin:  "<n>\n", then n bytes of payload (fields "<name> <bytes>\n<value>": started, entry_point, answer, tests,
#         rlimits "NAME=value;…", memory_bytes), then "<nonce>\n" (read by the supervisor at the very end).
#         Repository mode (an agentic task's repo) has fields mode=repo, repo (entries "<path bytes> <bytes>\n<path><text>",
#         written under the work folder), and either hidden (entries of test modules, run for the verdict from memory,
#         never written) or selector (the visible tests to run, "" for all of tests/); the runner runs them with unittest.
# Only C modules and what the interpreter has loaded anyway are imported before the answer runs (no json, re, enum):
# a fresh interpreter per sample makes start-up cost matter. The interpreter runs with -S: the driver puts the
# interpreter's site-packages folders on sys.path itself, so no .pth file or sitecustomize of the host runs.
# stdout: "QWENEVAL-STARTED <token> protected|unprotected" first; "QWENEVAL-VERDICT <nonce> <status> <detail>" last.
import os
import sys

_write = os.write
_exit = os._exit


def _libc(name):
    """A libc function through _ctypes alone: the ctypes package costs a few milliseconds of start-up per sample."""
    try:
        import _ctypes

        class Int(_ctypes._SimpleCData):
            _type_ = "i"

        class Function(_ctypes.CFuncPtr):
            _flags_ = _ctypes.FUNCFLAG_CDECL
            _restype_ = Int

        class Libc:
            _handle = _ctypes.dlopen(None, 0)

        return Function((name, Libc))
    except Exception:
        import ctypes
        return getattr(ctypes.CDLL(None), name)


def _protect():
    """Make this process's memory and file descriptors unreadable to the other processes of the sample."""
    try:
        if sys.platform.startswith("linux"):
            return _libc("prctl")(4, 0, 0, 0, 0) == 0  # PR_SET_DUMPABLE 0: no ptrace, no /proc/<pid>/{mem,fd,environ}
        if sys.platform == "darwin":
            return _libc("ptrace")(31, 0, 0, 0) == 0  # PT_DENY_ATTACH
    except Exception:
        pass
    return False


def _set_dumpable(value):
    try:
        if sys.platform.startswith("linux"):
            _libc("prctl")(4, value, 0, 0, 0)
    except Exception:
        pass


def _read_exact(n):
    chunks, got = [], 0
    while got < n:
        chunk = os.read(0, min(n - got, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def _read_line(limit=64):
    # Byte by byte: nothing after the newline may be pulled into this process's memory early.
    line = b""
    while not line.endswith(b"\n") and len(line) < limit:
        b = os.read(0, 1)
        if not b:
            break
        line += b
    return line.strip()


def _fields(data):
    fields, i = {}, 0
    while i < len(data):
        nl = data.index(b"\n", i)
        name, size = data[i:nl].split(b" ")
        start = nl + 1
        fields[name.decode("ascii")] = data[start:start + int(size)].decode("utf-8", "replace")
        i = start + int(size)
    return fields


def _entries(text):
    """Repository entries "<path bytes> <bytes>\\n<path><text>" as (path, text) pairs."""
    data, out, i = text.encode("utf-8", "replace"), [], 0
    while i < len(data):
        nl = data.index(b"\n", i)
        a, b = data[i:nl].split(b" ")
        p = nl + 1
        q = p + int(a)
        out.append((data[p:q].decode("utf-8", "replace"), data[q:q + int(b)].decode("utf-8", "replace")))
        i = q + int(b)
    return out


def _write_repo(text):
    """The repository's files under the work folder. The harness checked the paths; refuse anything odd anyway."""
    try:
        for path, content in _entries(text):
            parts = path.split("/")
            if not path or path.startswith("/") or "\0" in path or any(p in ("", ".", "..") for p in parts):
                return False
            if len(parts) > 1:
                os.makedirs("/".join(parts[:-1]), exist_ok=True)
            with open(path, "w", encoding="utf-8", errors="replace") as f:
                f.write(content)
        return True
    except (OSError, ValueError):
        return False


def _site_packages():
    version = "python%d.%d" % sys.version_info[:2]
    for prefix in ("/usr/local", sys.prefix, sys.exec_prefix):
        for lib in ("lib", "lib64"):
            for sub in (version + "/site-packages", version + "/dist-packages", "python3/dist-packages"):
                path = "%s/%s/%s" % (prefix, lib, sub)
                if path not in sys.path and os.path.isdir(path):
                    sys.path.append(path)


def _out(text):
    data = text.encode("utf-8", "replace")
    while data:
        try:
            n = _write(1, data)
        except InterruptedError:
            continue
        except OSError:
            return
        data = data[n:]


def _anon_bytes(page):
    """Anonymous memory of every process of the sample but this one (only meaningful in our own pid namespace)."""
    total = 0
    for name in os.listdir("/proc"):
        if not name.isdigit() or name == "1":
            continue
        try:
            fd = os.open("/proc/%s/statm" % name, os.O_RDONLY)
            try:
                fields = os.read(fd, 256).split()
            finally:
                os.close(fd)
            total += (int(fields[1]) - int(fields[2])) * page
        except (OSError, ValueError, IndexError):
            pass
    return total


_CATCHABLE = ("SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT", "SIGUSR1", "SIGUSR2", "SIGALRM", "SIGVTALRM", "SIGPROF",
              "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGXCPU", "SIGXFSZ", "SIGPIPE", "SIGWINCH", "SIGURG", "SIGIO")


def _dispositions(signal, handler_for):
    for name in _CATCHABLE:
        sig = getattr(signal, name, None)
        if sig is not None:
            try:
                signal.signal(sig, handler_for(name))
            except (OSError, ValueError):
                pass


def _signal_name(signal, number):
    for name in dir(signal):
        if name.startswith("SIG") and not name.startswith("SIG_") and getattr(signal, name) == number:
            return name
    return "signal %d" % number


def _supervise():
    protected = _protect()
    # Nothing beyond stdio may leak from the harness or the sandbox tool into the sample.
    os.closerange(3, 1 << 16)
    import _signal as signal  # the C module: the signal package would import enum
    # Signals from the sample cannot stop the supervisor (as pid 1 it is also immune to SIGKILL and SIGSTOP from
    # inside its namespace; the harness's SIGKILL from outside still works).
    _dispositions(signal, lambda name: signal.SIG_IGN)

    header = _read_line()
    try:
        cfg = _fields(_read_exact(int(header)))
        cfg["memory_bytes"] = int(cfg.get("memory_bytes") or 0)
        cfg["rlimits"] = dict((k, int(v)) for k, v in (item.split("=") for item in cfg.get("rlimits", "").split(";") if item))
    except ValueError:
        _exit(70)
    _out("QWENEVAL-STARTED %s %s\n" % (cfg["started"], "protected" if protected else "unprotected"))
    if cfg.get("mode") == "repo":
        if not _write_repo(cfg.pop("repo", "")):
            _exit(70)
    else:
        with open("answer.py", "w", encoding="utf-8", errors="replace") as f:
            f.write(cfg["answer"])

    _site_packages()
    own_namespace = os.getpid() == 1
    token = os.urandom(16).hex()
    use_sigwait = hasattr(signal, "sigtimedwait") and hasattr(signal, "pthread_sigmask")
    if use_sigwait:
        signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGCHLD])
    r, w = os.pipe()
    child = os.fork()
    if child == 0:
        try:
            os.close(r)
            if use_sigwait:
                signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGCHLD])
            # Python's own defaults for the answer: SIGINT raises KeyboardInterrupt, SIGPIPE is ignored, the rest default.
            _dispositions(signal, lambda name: signal.default_int_handler if name == "SIGINT"
                          else signal.SIG_IGN if name == "SIGPIPE" else signal.SIG_DFL)
            _runner(cfg, token, w)
        finally:
            _exit(70)
    os.close(w)
    cfg.pop("answer", None)
    cfg.pop("tests", None)
    cfg.pop("hidden", None)

    # Wait for the runner, reaping orphans (as pid 1 they are ours) and watching the sample's total memory.
    memory_limit = cfg.get("memory_bytes") if own_namespace else None
    page = os.sysconf("SC_PAGE_SIZE")
    status, usage, watchdog = None, None, False
    while status is None:
        try:
            pid, st, ru = os.wait4(-1, os.WNOHANG)
        except ChildProcessError:
            break
        if pid == child:
            status, usage = st, ru
            continue
        if pid != 0:
            continue
        if memory_limit and _anon_bytes(page) > memory_limit:
            watchdog = True
            _kill_all(own_namespace, child)
            continue
        if use_sigwait:
            signal.sigtimedwait([signal.SIGCHLD], 0.02)
        else:
            import time
            time.sleep(0.01)

    # No process of the sample outlives the runner: not its children, not a setsid()/double-fork escape.
    _kill_all(own_namespace, child)
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            break
        except InterruptedError:
            continue
        if own_namespace:
            _kill_all(True, child)

    # The runner has exited, so its report (if any) is in the pipe already. Non-blocking: outside a pid namespace
    # a setsid() escapee could still hold the pipe's write end.
    os.set_blocking(r, False)
    message = b""
    while len(message) < 65536:
        try:
            chunk = os.read(r, 65536)
        except BlockingIOError:
            break
        if not chunk:
            break
        message += chunk
    verdict, detail = _decide(message, token, child, status, usage, watchdog, cfg)
    nonce = _read_line().decode("ascii", "replace")
    _out("\nQWENEVAL-VERDICT %s %s %s\n" % (nonce, verdict, detail.replace("\n", " ").replace("\r", " ")[:500]))
    _exit(0)


def _kill_all(own_namespace, child):
    import _signal as signal
    try:
        if own_namespace:
            os.kill(-1, signal.SIGKILL)  # from pid 1: every process of the namespace but this one
        else:
            os.killpg(child, signal.SIGKILL)  # the runner's process group (escapes via setsid() are out of reach)
    except OSError:
        pass


def _decide(message, token, child, status, usage, watchdog, cfg):
    import _signal as signal
    if watchdog:
        return "oom", "the sample's processes together used more than %d MiB" % (cfg["memory_bytes"] >> 20)
    lines = [l for l in message.split(b"\n") if l]
    if len(lines) > 1:
        return "error", "the runner's report channel carried %d messages (tampering)" % len(lines)
    exited_ok = status is not None and os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
    if len(lines) == 1:
        parts = lines[0].decode("utf-8", "replace").split(" ", 3)
        if len(parts) < 3 or parts[0] != token or parts[1] != str(child):
            return "error", "the runner's report channel carried a foreign message (tampering)"
        verdict, detail = parts[2], (parts[3] if len(parts) > 3 else "")
        if verdict not in ("pass", "fail", "error", "oom"):
            return "error", "unknown runner verdict"
        if verdict == "pass" and not exited_ok:
            return "error", "check() returned, but the runner then ended abnormally"
        return verdict, detail
    cpu = cfg.get("rlimits", {}).get("RLIMIT_CPU")
    used = (usage.ru_utime + usage.ru_stime) if usage is not None else 0
    if status is None:
        return "error", "the runner vanished"
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        if sig == signal.SIGXCPU or (cpu and used >= cpu - 0.5):
            return "timeout", "CPU time limit (%d s) reached" % cpu
        if sig == signal.SIGKILL:
            return "oom", "killed by SIGKILL before the tests finished (out of memory?)"
        return "error", "killed by %s before the tests finished" % _signal_name(signal, sig)
    return "error", "the program exited (code %d) before the tests finished" % os.WEXITSTATUS(status)


def _runner(cfg, token, w):
    """The forked child: everything it needs later is bound to locals before the answer's code runs."""
    import builtins
    write, exit_, getpid, closerange = os.write, os._exit, os.getpid, os.closerange
    AssertionError_, MemoryError_, BaseException_ = AssertionError, MemoryError, BaseException
    str_, type_, dict_, isinstance_, module_type = str, type, dict, isinstance, type(os)
    settrace, setprofile, setrecursionlimit = sys.settrace, sys.setprofile, sys.setrecursionlimit
    recursion_limit = sys.getrecursionlimit()

    try:
        os.setpgid(0, 0)
    except OSError:
        pass
    _set_dumpable(1)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    closerange(3, w)
    closerange(w + 1, 1 << 16)
    pid = getpid()
    prefix = "%s %d " % (token, pid)
    oom_line = (prefix + "oom MemoryError\n").encode()

    def flush():
        for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
            try:
                stream.flush()
            except BaseException_:
                pass

    def describe(e):
        try:
            name = type_(e).__name__
        except BaseException_:
            name = "exception"
        try:
            return "%s: %s" % (name, str_(e))
        except BaseException_:
            return name

    def report(verdict, detail=""):
        flush()
        try:
            line = (prefix + verdict + " " + detail.replace("\n", " ")[:500] + "\n").encode("utf-8", "replace")
        except BaseException_:
            line = (prefix + verdict + "\n").encode()
        write(w, line)
        exit_(0)

    try:
        import resource
        for name, value in cfg.get("rlimits", {}).items():
            res = getattr(resource, name, None)
            if res is None or value is None:
                continue
            hard = value + 1 if name == "RLIMIT_CPU" else value  # SIGXCPU at the soft limit, SIGKILL one second later
            try:
                resource.setrlimit(res, (value, hard))
            except (ValueError, OSError):
                pass
    except ImportError:
        pass

    if cfg.get("mode") == "repo":
        def oom():
            write(w, oom_line)
            exit_(0)
        _repo_tests(cfg, report, describe, oom)
        exit_(70)

    # The hidden tests load first, with a private copy of the builtins, so their imports bind real modules and
    # nothing the answer does to builtins or sys.modules at import time reaches them.
    clean_builtins = dict_(builtins.__dict__)
    namespace = {"__name__": "qweneval_tests", "__builtins__": clean_builtins}
    try:
        exec(compile(cfg.get("tests", ""), "tests.py", "exec"), namespace)
        check = namespace["check"]
        check_code = check.__code__
    except BaseException_ as e:
        report("error", "the hidden tests did not load: " + describe(e))
    saved_namespace = dict_(namespace)
    saved_builtins = dict_(clean_builtins)
    saved_modules = [(m, dict_(m.__dict__)) for m in saved_namespace.values() if isinstance_(m, module_type)]
    entry = cfg["entry_point"]
    cfg = None

    path = os.path.abspath("answer.py")
    with open(path, "rb") as f:
        answer_source = f.read()
    try:
        answer = module_type("answer")
        answer.__file__ = path
        sys.modules["answer"] = answer
        exec(compile(answer_source, path, "exec"), answer.__dict__)
        try:
            candidate = getattr(answer, entry)
        except AttributeError:
            report("error", "answer.py does not define %s" % entry)
        # Undo what the answer's import may have done to the tests' world.
        settrace(None)
        setprofile(None)
        setrecursionlimit(recursion_limit)
        namespace.clear()
        namespace.update(saved_namespace)
        clean_builtins.clear()
        clean_builtins.update(saved_builtins)
        for module, contents in saved_modules:
            module.__dict__.update(contents)
        check.__code__ = check_code
        check(candidate)
    except AssertionError_ as e:
        report("fail", describe(e))
    except MemoryError_:
        write(w, oom_line)
        exit_(0)
    except BaseException_ as e:  # SystemExit, KeyboardInterrupt and friends from the answer are errors too.
        try:
            import traceback  # after the answer ran: whatever this imports can only hurt the runner, which reports an error anyway
            traceback.print_exc()
        except BaseException_:
            pass
        report("error", describe(e))
    else:
        report("pass")


def _repo_tests(cfg, report, describe, oom):
    """Repository mode: run the visible tests (what run_tests shows the model) or the hidden tests (the verdict)."""
    BaseException_, MemoryError_, dict_, module_type = BaseException, MemoryError, dict, type(os)
    # unittest is imported while only the standard library is on sys.path: a repository's own unittest.py cannot
    # stand in for it. What the verdict reads of it is bound now and restored after the repository's code is imported.
    import unittest
    import unittest.case, unittest.loader, unittest.result, unittest.runner, unittest.suite
    loader, suite_type, text_runner = unittest.TestLoader(), unittest.TestSuite, unittest.TextTestRunner
    saved = [(m, dict_(m.__dict__)) for m in (unittest, unittest.case, unittest.loader, unittest.result, unittest.runner, unittest.suite)]
    work = os.getcwd()
    sys.path.insert(0, work)
    hidden = cfg.get("hidden")
    selector = cfg.get("selector") or ""
    cfg = None
    try:
        if hidden is not None:
            suite = suite_type()
            modules = []
            for name, source in _entries(hidden):
                # From memory: the hidden tests are never on the sandbox's disk.
                module = module_type(name[:-3] if name.endswith(".py") else name)
                module.__file__ = "<hidden>/" + name
                sys.modules[module.__name__] = module
                try:
                    exec(compile(source, "hidden_tests/" + name, "exec"), module.__dict__)
                except BaseException_ as e:
                    report("error", "the hidden tests could not load (%s): %s" % (name, describe(e)))
                modules.append(module)
            for module, contents in saved:
                module.__dict__.update(contents)
            for module in modules:
                suite.addTests(loader.loadTestsFromModule(module))
        elif selector:
            suite = loader.loadTestsFromName(selector)
        else:
            suite = loader.discover(start_dir=os.path.join(work, "tests"), top_level_dir=work)
        result = text_runner(stream=sys.stderr, verbosity=2).run(suite)
        ran, failed, errors = result.testsRun, len(result.failures), len(result.errors) + len(result.unexpectedSuccesses)
    except MemoryError_:
        oom()
    except BaseException_ as e:
        try:
            import traceback
            traceback.print_exc()
        except BaseException_:
            pass
        report("error", describe(e))
    summary = "%d tests, %d failed, %d errors" % (ran, failed, errors)
    if ran == 0:
        report("error", "no tests ran")
    if failed:
        report("fail", summary)
    if errors:
        report("error", summary)
    report("pass", summary)


if __name__ == "__main__":
    _supervise()
