# attack: a wrong answer that installs trace and profile hooks and a tiny recursion limit at import time, hoping
# to skip the assertions or break the driver's reporting
# expect: fail
# timeout: 10
import sys, threading
def tracer(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "check":
        try:
            frame.f_lineno = frame.f_code.co_firstlineno + 99
        except Exception:
            pass
    return tracer
sys.settrace(tracer)
threading.settrace(tracer)
sys.setprofile(lambda *a: None)
sys.setrecursionlimit(60)
def add(a, b):
    return a - b
