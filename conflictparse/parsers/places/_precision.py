"""
Location precision: this library's closed vocabulary
(:data:`~conflictparse.results.LOCATION_PRECISIONS`) and its mapping to
the codes of ACLED (``geo_precision``) and UCDP GED (``where_prec``).
"""

from __future__ import annotations

from typing import Final

from conflictparse.errors import UnparseableError
from conflictparse.results import LOCATION_PRECISIONS

__all__ = ["acled_geo_precision", "ucdp_where_prec"]

# ACLED codebook: 1 = the exact town, 2 = near a town or a part of a
# district, 3 = only a larger region (province, country) is known.
_ACLED: Final = {
    "exact": 1,
    "near": 2,
    "district": 2,
    "province": 3,
    "country": 3,
    "region": 3,
}

# UCDP GED codebook: 1 exact place, 2 within about 25 km of a known point,
# 3 second-order division (district), 4 first-order division (province),
# 5 part of a country larger than a province or a linear feature,
# 6 the country only.
_UCDP: Final = {
    "exact": 1,
    "near": 2,
    "district": 3,
    "province": 4,
    "region": 5,
    "country": 6,
}

assert set(_ACLED) == set(LOCATION_PRECISIONS) == set(_UCDP)


def _check(precision: str) -> None:
    if precision not in LOCATION_PRECISIONS:
        msg = f"unknown location precision {precision!r}; expected one of {LOCATION_PRECISIONS}"
        raise UnparseableError(msg, text=precision)


def acled_geo_precision(precision: str) -> int:
    """
    The ACLED ``geo_precision`` code (1-3) of a place's :attr:`precision`.

    >>> acled_geo_precision("exact"), acled_geo_precision("province")
    (1, 3)

    Args:
        precision: one of :data:`~conflictparse.results.LOCATION_PRECISIONS`.

    Returns:
        1 for a town, 2 near a town or a district, 3 anything larger.

    Raises:
        UnparseableError: *precision* is not a known value.

    .. versionadded:: 0.1.0
    """
    _check(precision)
    return _ACLED[precision]


def ucdp_where_prec(precision: str) -> int:
    """
    The UCDP GED ``where_prec`` code (1-6) of a place's :attr:`precision`.

    >>> ucdp_where_prec("district"), ucdp_where_prec("country")
    (3, 6)

    Args:
        precision: one of :data:`~conflictparse.results.LOCATION_PRECISIONS`.

    Returns:
        1 exact, 2 near, 3 district, 4 province, 5 region, 6 country.

    Raises:
        UnparseableError: *precision* is not a known value.

    .. versionadded:: 0.1.0
    """
    _check(precision)
    return _UCDP[precision]
