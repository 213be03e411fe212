"""Page macros that live outside main.py (imported from main.py's define_env)."""
