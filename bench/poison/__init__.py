"""Poison-mail benchmark (issue 13): one hostile or unlucky mail must not stop the service."""
