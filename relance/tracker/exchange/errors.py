class ImportRefused(ValueError):
    """The whole file is refused; `str(error)` names the problem and where it is."""
