"""flagkit: feature flags evaluated from a JSON definition file."""
