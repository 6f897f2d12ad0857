import sys

from gazette.cli import main

sys.exit(main())
