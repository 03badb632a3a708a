"""The language layer: spaCy pipelines and the word lists they read."""
