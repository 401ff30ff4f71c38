# Prepended to every hostile program by HostileProgramTests. Task: add(a, b) -> a + b.
import os as _qh_os
import sys as _qh_sys

MARKER = "{{MARKER}}"
PORT = {{PORT}}
ABSTRACT = "{{ABSTRACT}}"
HOST_DIR = "{{HOST_DIR}}"
SECRET_FILES = {{SECRET_FILES}}
SECRET_ENV = "{{SECRET_ENV}}"


def _qh_mark():
    # Every process of the sample carries the marker as its name (inherited by forks), so the test can scan the
    # host's /proc for survivors.
    try:
        with open("/proc/self/comm", "w") as f:
            f.write(MARKER)
    except OSError:
        pass


_qh_mark()


def leak(what):
    """An attack step that worked: the test fails on any such line."""
    try:
        _qh_os.write(1, ("\nQH-LEAK %s\n" % what).encode("utf-8", "replace"))
    except OSError:
        pass


def spawn_marked(code, new_session=False):
    """A child interpreter whose argv carries the marker (exec'd children get a new name)."""
    import subprocess
    return subprocess.Popen([_qh_sys.executable, "-c", code, MARKER], start_new_session=new_session,
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
