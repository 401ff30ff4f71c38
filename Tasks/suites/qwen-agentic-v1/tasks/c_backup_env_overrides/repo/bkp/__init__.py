"""bkp: snapshot retention planner for nightly backups."""
