import sys

from loopspec_traces.cli import main

sys.exit(main())
