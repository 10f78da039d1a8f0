"""An in-memory keyring backend: the OS keyring cannot run in CI, so the tests pin this one."""

from vipclient.security.memory_keyring import MemoryKeyring

__all__ = ["MemoryKeyring"]
