#!/usr/bin/env python
"""Django's management commands for a checkout (installed: `python -m relance.manage`)."""

from relance.manage import main

if __name__ == "__main__":
    main()
