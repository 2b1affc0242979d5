"""Persistence: SQLAlchemy models, the database engine, data access, Alembic migrations and encryption at rest."""
