"""The framework-free core: plain data in, plain data out. No Django imports here."""
