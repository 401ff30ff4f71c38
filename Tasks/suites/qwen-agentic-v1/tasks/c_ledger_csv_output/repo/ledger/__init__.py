"""ledger: a plain-text double-entry bookkeeping tool."""
