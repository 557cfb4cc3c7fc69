"""Operations: status and health, retention, export and backup of a plainwire store."""

from plainwire.ops.backup import backup
from plainwire.ops.export import export
from plainwire.ops.retention import apply_retention
from plainwire.ops.status import health, status

__all__ = ["apply_retention", "backup", "export", "health", "status"]
