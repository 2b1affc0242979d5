"""Verified crisis resources and the deterministic crisis protocol."""
