"""The HTTP service: JSON API with Server-Sent Events streaming, and the web chat page."""
