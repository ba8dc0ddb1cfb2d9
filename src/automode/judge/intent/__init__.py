"""User intent for the embedded judge: requests, boundaries and named values in the user's own words."""
