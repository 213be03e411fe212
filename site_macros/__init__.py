"""Page macros beyond the fact macros of main.py, one module per feature, each
registered from main.py's define_env."""
