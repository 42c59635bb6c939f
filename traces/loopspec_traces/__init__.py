"""loopspec_traces: compile scenarios to the IR and record golden traces on CPython.

Modules, one concept each:
  diagnostics    file:line:col errors for users
  paths          where the traces/ tree lives
  registry       the feature-tag registry (traces/features.txt)
  metadata       the module docstring: summary, prose, key: value lines
  subset         the tables of the scenario subset (names, attributes, operators)
  compiler       Python source -> checked IR
  ir             IR document helpers (version, loading, walking)
  decompiler     IR -> Python source with the same line numbers
  encode         trace value encoding (docs/scenario-language.md#trace-values)
  trace          trace events, JSON Lines and golden-file text
  virtual_loop   the virtual-clock selector event loop and its policy
  runner         executing one scenario and recording its trace
  interpreters   finding a Python that can import uvloop
  regen          regen / check over the corpus
  compare        compare-uvloop: event order under uvloop vs. the virtual loop
  cli            the command line
"""

__version__ = "1"
