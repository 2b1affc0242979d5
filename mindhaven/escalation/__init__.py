"""Getting a crisis in front of on-call humans: signed webhook delivery, retried until acknowledged."""
