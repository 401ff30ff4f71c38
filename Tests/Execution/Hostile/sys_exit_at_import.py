# attack: sys.exit(0) while being imported
# expect: error
# timeout: 10
import sys
sys.exit(0)
