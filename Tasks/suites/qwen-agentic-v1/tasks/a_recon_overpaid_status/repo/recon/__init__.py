"""recon - match bank statement lines against open invoices."""

from .invoices import Invoice, InvoiceBook
from .statement import StatementError, StatementLine, parse_statement
from .reconcile import reconcile, summary

__all__ = ["Invoice", "InvoiceBook", "StatementError", "StatementLine",
           "parse_statement", "reconcile", "summary"]
