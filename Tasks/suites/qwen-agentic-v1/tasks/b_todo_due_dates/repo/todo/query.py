"""Filtering and ordering tasks for listings."""


def matches(task, project=None, context=None, priority=None, text=None, show_done=False):
    if task.done and not show_done:
        return False
    if project and project not in task.projects:
        return False
    if context and context not in task.contexts:
        return False
    if priority and task.priority != priority.upper():
        return False
    if text and text.lower() not in task.text.lower():
        return False
    return True


def _priority_key(item):
    number, task = item
    return (task.done, task.priority or "~", number)


def select(numbered_tasks, sort="priority", **criteria):
    """Filter ``(number, task)`` pairs with :func:`matches` and order them.

    ``sort`` is ``"priority"`` (A first, tasks without priority last) or
    ``"number"`` (file order).
    """
    chosen = [(n, t) for n, t in numbered_tasks if matches(t, **criteria)]
    if sort == "priority":
        return sorted(chosen, key=_priority_key)
    if sort == "number":
        return sorted(chosen, key=lambda item: item[0])
    raise ValueError("unknown sort order %r" % (sort,))
