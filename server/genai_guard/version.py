"""The single version shared by the service and the extension build."""

__version__ = "0.1.0"
