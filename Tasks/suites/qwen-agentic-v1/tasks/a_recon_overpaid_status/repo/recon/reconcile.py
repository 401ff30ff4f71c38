"""Applying statement lines to invoices."""

from .money import format_money


class Result:
    def __init__(self):
        self.matched = []      # (line, invoice)
        self.unmatched = []    # lines with no usable reference
        self.ambiguous = []    # lines naming more than one open invoice

    def __repr__(self):
        return "Result(matched=%d, unmatched=%d, ambiguous=%d)" % (
            len(self.matched), len(self.unmatched), len(self.ambiguous))


def reconcile(lines, book):
    """Apply incoming payments to the invoices their memo refers to."""
    result = Result()
    for line in lines:
        if line.amount <= 0:
            continue
        invoices = [book.get(ref) for ref in line.references]
        invoices = [inv for inv in invoices if inv is not None]
        if not invoices:
            result.unmatched.append(line)
        elif len(invoices) > 1:
            result.ambiguous.append(line)
        else:
            invoices[0].pay(line.amount, source=line)
            result.matched.append((line, invoices[0]))
    return result


def summary(book):
    """One line per invoice: number, customer, total, balance, status."""
    rows = []
    for inv in book:
        rows.append("%-10s %-16s %12s %12s  %s" % (
            inv.number, inv.customer, format_money(inv.total),
            format_money(inv.balance()), inv.status()))
    rows.append("%-10s %-16s %12s %12s" % ("", "outstanding", "", format_money(book.outstanding())))
    return "\n".join(rows)
