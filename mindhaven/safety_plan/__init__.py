"""The Stanley-Brown safety plan: what a person writes for themselves to use in a crisis."""
