"""Finding and replacing personal identifiers before text crosses the trust boundary."""
