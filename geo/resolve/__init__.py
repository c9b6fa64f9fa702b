"""Resolution: candidate mentions and their document → places, precision and roles."""

from geo.resolve.resolver import Resolver
from geo.resolve.weights import FEATURES, Weights

__all__ = ["FEATURES", "Resolver", "Weights"]
