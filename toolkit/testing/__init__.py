"""Helpers for tests, benchmarks and downstream users: locally built translation models."""
