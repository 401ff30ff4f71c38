import sys

from pipectl.cli import main

sys.exit(main())
