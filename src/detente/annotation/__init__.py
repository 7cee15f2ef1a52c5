"""Annotated corpus tooling: sentence lists, worksheets, stand-off files and their validation.

See docs/ANNOTATION.md for the guidelines and formats.
"""
