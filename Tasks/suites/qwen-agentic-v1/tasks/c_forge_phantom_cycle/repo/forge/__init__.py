"""forge: a tiny build-graph tool (labels, BUILD files, dependency order)."""
