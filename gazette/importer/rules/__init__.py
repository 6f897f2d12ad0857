"""Rules that read one field each out of pasted news copy (see README, "Importing articles")."""
