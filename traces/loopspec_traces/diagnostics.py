"""Errors reported to scenario authors as `file:line:col: message`."""


class ScenarioError(Exception):
    """One problem in a scenario file. Columns are 1-based; 0 means unknown."""

    def __init__(self, path, line, col, message):
        super().__init__(message)
        self.path = str(path)
        self.line = line or 0
        self.col = col or 0
        self.message = message

    def __str__(self):
        where = self.path
        if self.line:
            where += f":{self.line}"
            if self.col:
                where += f":{self.col}"
        return f"{where}: {self.message}"


class ScenarioErrors(Exception):
    """Several problems found in one file, in source order."""

    def __init__(self, errors):
        self.errors = sorted(errors, key=lambda e: (e.line, e.col))
        super().__init__("\n".join(str(e) for e in self.errors))


class ToolError(Exception):
    """A usage problem that is not tied to a line of a scenario (bad path, bad IR file...)."""
