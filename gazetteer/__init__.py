"""incidentmap's gazetteer: an offline database of places and a geopy-compatible geocoder."""
