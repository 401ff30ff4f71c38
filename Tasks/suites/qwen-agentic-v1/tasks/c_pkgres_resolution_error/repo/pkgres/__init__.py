"""pkgres: resolve package requirements against a local index and keep a lock file."""
