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
  virtual_loop   the virtual-clock selector event loop
  loops          the Python loops a scenario can run on (asyncio, uvloop, module:factory...)
  runner         executing one scenario and recording its trace
  interpreters   finding a Python that can import a loop's module
  regen          regen / check over the corpus
  compare        compare-loop: a Python loop's traces against the goldens
  divergence_list  a Python loop's known divergences (traces/loops/<loop>.txt)
  cli            the command line
"""

__version__ = "1"
