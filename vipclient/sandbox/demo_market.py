"""Market facts of the demo book: assets, and what each VIP tier trades, holds and may withdraw.

``ASSETS`` is also what the sandbox serves at ``GET /assets`` (symbols and precisions from the
contract, demo USD prices), so a seeded expedite request's ``usd_amount`` agrees with the
server's own arithmetic.
"""

from __future__ import annotations

from typing import NamedTuple

from vipclient.domain.enums import RateLimitTier


class AssetInfo(NamedTuple):
    symbol: str
    precision: int
    usd_price: str  # decimal string
    networks: tuple[str, ...]
    typical: tuple[float, float]  # a VIP's usual transfer size, in units of the asset
    places: int  # how many decimals people actually write for such a transfer


ASSETS: tuple[AssetInfo, ...] = (
    AssetInfo("BTC", 8, "91250.00", ("Bitcoin", "Lightning"), (0.5, 40.0), 4),
    AssetInfo("ETH", 18, "3180.00", ("Ethereum (ERC20)", "Arbitrum One", "Base"), (5.0, 600.0), 3),
    AssetInfo("USDT", 6, "1.00", ("TRC20", "ERC20", "Solana", "BEP20"), (20_000.0, 2_000_000.0), 2),
    AssetInfo("USDC", 6, "1.00", ("ERC20", "Solana", "Base"), (20_000.0, 1_500_000.0), 2),
    AssetInfo("SOL", 9, "142.50", ("Solana",), (200.0, 20_000.0), 2),
    AssetInfo("TRX", 6, "0.2450", ("TRC20",), (100_000.0, 5_000_000.0), 0),
    AssetInfo("USD", 2, "1.00", (), (0.0, 0.0), 2),
)

ASSET_BY_SYMBOL: dict[str, AssetInfo] = {a.symbol: a for a in ASSETS}
CRYPTO: tuple[AssetInfo, ...] = tuple(a for a in ASSETS if a.networks)
# How often each crypto asset shows up in tickets and expedite requests.
CRYPTO_WEIGHTS: tuple[int, ...] = (30, 22, 30, 8, 6, 4)


def assets_api() -> list[dict[str, object]]:
    """``GET /assets`` items: ``{symbol, precision, usd_price}``."""
    return [
        {"symbol": a.symbol, "precision": a.precision, "usd_price": a.usd_price} for a in ASSETS
    ]


# Share of the book per tier: roughly geometric, so VIP1–3 are most of it and VIP9–10 rare.
TIER_WEIGHTS: tuple[float, ...] = tuple(0.64**k for k in range(10))

# 30-day volume bands in USD (lower bound of each tier; VIP10's band is open-ended up to 4×).
VOLUME_FLOOR_USD: tuple[float, ...] = (
    1e6, 5e6, 1e7, 2.5e7, 5e7, 1e8, 2.5e8, 5e8, 1e9, 2.5e9, 1e10,
)
# Assets under custody: a VIP holds roughly 2–12 % of a month's volume, with a floor per tier.
ASSETS_FLOOR_USD: tuple[float, ...] = (
    1e5, 2.5e5, 5e5, 1e6, 2e6, 4e6, 8e6, 1.5e7, 3e7, 6e7,
)
# Default 24 h withdrawal limit per tier (USD), before any approved raise.
WITHDRAWAL_LIMIT_USD: tuple[int, ...] = (
    200_000, 300_000, 500_000, 750_000, 1_000_000, 1_500_000, 2_500_000, 4_000_000,
    6_000_000, 8_000_000,
)
# API rate tiers: everybody starts standard; the big and the algorithmic get more.
RATE_TIERS: tuple[str, ...] = tuple(t.value for t in RateLimitTier)
