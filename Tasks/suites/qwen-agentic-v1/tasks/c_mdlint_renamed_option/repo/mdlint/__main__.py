import sys

from mdlint.cli import main

sys.exit(main())
