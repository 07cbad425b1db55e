"""The weekly digest: the week, its items, one digest per member per ISO week."""
