"""Accounts and roles: who may sign in, and what each role may see and do."""
