"""What ``incidentmap bench geoparse|memory|fuzz|batch`` measures; each writes its figures
to a JSON file."""
