"""VIP Desk: the desktop client for a crypto exchange's VIP desk."""

__version__ = "0.1.0"
