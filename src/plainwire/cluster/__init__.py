"""Story clustering: group articles that report the same event (see docs/clustering.md)."""

from plainwire.cluster.config import ClusterConfig
from plainwire.cluster.online import MergeCandidate, OnlineClusterer

__all__ = ["ClusterConfig", "MergeCandidate", "OnlineClusterer"]
