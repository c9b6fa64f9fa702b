"""Writing incidents: GeoJSON (RFC 7946), GeoPackage, GeoParquet and CSV, atomically, and
reading them back."""

from geo.write.incidents import FORMATS, check_output_path, read_incidents, write_incidents

__all__ = ["FORMATS", "check_output_path", "read_incidents", "write_incidents"]
