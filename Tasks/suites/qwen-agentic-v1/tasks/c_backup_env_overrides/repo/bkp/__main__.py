import sys

from bkp.cli import main

sys.exit(main())
