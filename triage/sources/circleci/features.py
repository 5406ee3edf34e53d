"""Which features exist on the cloud and which on CircleCI Server.

Contract: :func:`require` raises :class:`FeatureUnavailableError` *before* any
request when a feature is asked of a deployment that lacks it, naming the
deployment and what to do instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from triage.errors import FeatureUnavailableError

from .config import Settings

__all__ = ["CONDENSED_OUTPUT", "FLAKY_INSIGHTS", "Feature", "require"]


@dataclass(frozen=True, slots=True)
class Feature:
    name: str
    cloud: bool
    server: bool
    instead: str


#: API v3 server-side condensed step output (``/api/v3/jobs/{id}/stdout/condensed``).
CONDENSED_OUTPUT = Feature(
    "condensed step output (API v3)", cloud=True, server=False,
    instead="drop --condensed: the full output is scanned locally instead",
)
#: Insights flaky-test list; present on the cloud, not on every Server release.
FLAKY_INSIGHTS = Feature(
    "flaky-test insights", cloud=True, server=True,
    instead="failing tests are still reported, without flaky flags",
)


def require(settings: Settings, feature: Feature) -> None:
    """Raise :class:`FeatureUnavailableError` if ``feature`` is absent on this deployment."""
    available = feature.cloud if settings.is_cloud else feature.server
    if not available:
        where = "the CircleCI cloud" if settings.is_cloud else (
            f"CircleCI Server ({settings.base_url})"
        )
        raise FeatureUnavailableError(
            f"{feature.name} is not available on {where}; {feature.instead}"
        )
