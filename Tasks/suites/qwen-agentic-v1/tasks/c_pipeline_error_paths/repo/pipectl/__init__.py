"""pipectl: validate and plan CI pipelines described in JSON."""
