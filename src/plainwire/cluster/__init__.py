"""Story clustering: group articles that report the same event (see docs/clustering.md)."""

from plainwire.cluster.batch import cluster_batch
from plainwire.cluster.config import ClusterConfig
from plainwire.cluster.online import MergeCandidate, OnlineClusterer, StoryInfo
from plainwire.cluster.recluster import ReclusterResult, cluster_window, recluster

__all__ = [
    "ClusterConfig",
    "MergeCandidate",
    "OnlineClusterer",
    "ReclusterResult",
    "StoryInfo",
    "cluster_batch",
    "cluster_window",
    "recluster",
]
