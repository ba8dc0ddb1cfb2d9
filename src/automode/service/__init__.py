"""The HTTP decision service for teams (issue 16): `automode serve`."""
