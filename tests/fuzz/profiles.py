"""How hard the property tests try: a few dozen examples by default, far more on request.

The default keeps ``pytest tests/fuzz`` to seconds. For a long run set
``NEWSCONV_FUZZ_PROFILE=deep`` (every example count times 100), or use
``bench/fuzz.py``, which runs the same properties at any count. The settings are
applied per test, so loading this module does not change other tests' settings.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

PROFILE = os.environ.get("NEWSCONV_FUZZ_PROFILE", "quick")
SCALE = {"quick": 1, "deep": 100}.get(PROFILE, 1)
# Big inputs are the point here; slow generation is expected.
_LENIENT = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much,
            HealthCheck.large_base_example]


def examples(count: int) -> settings:
    """Settings for a property test that runs ``count`` examples in the quick profile."""
    return settings(max_examples=count * SCALE, deadline=None, suppress_health_check=_LENIENT)
