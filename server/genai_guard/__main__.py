"""`python -m genai_guard` is the `genai-guard` command."""

from genai_guard.cli import main

main()
