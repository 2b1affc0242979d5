"""Persistence: SQLAlchemy models, the database engine, data access and Alembic migrations."""
