"""Page macros beyond the fact macros of main.py, one module per feature; main.py registers
each with ``<module>.register(env)``."""
