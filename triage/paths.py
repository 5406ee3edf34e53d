"""Where triage keeps state: ``TRIAGE_HOME`` or the platform's user data directory."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path

__all__ = ["atomic_write", "cache_dir", "triage_home"]


def triage_home() -> Path:
    """``$TRIAGE_HOME``, else the user data directory (``~/.local/share/triage`` on Linux)."""
    env = os.environ.get("TRIAGE_HOME")
    if env:
        return Path(env).expanduser()
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "triage"
    if os.name == "nt":
        return Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / "triage"
    return Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "triage"


def cache_dir() -> Path:
    return triage_home() / "cache"


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so readers see the old file or the whole new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
