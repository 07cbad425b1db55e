"""Composing outgoing mail: message and list headers, templates, bulk stencil, address forms."""
