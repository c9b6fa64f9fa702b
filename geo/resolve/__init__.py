"""Resolution: candidate mentions and their document → places, precision and roles."""

from geo.resolve.resolver import FEATURES, Resolver, Weights

__all__ = ["FEATURES", "Resolver", "Weights"]
