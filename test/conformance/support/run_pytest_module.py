"""Runs a pytest module that uses only module-level setup and plain test functions, as pytest runs it
(setup_module, each test_* in the order written, teardown_module), for machines without pytest
(Debian's python3 has none; docs/testing.md's example is such a module). Prints one line per test; exit 1 on a
failure."""

import importlib.util
import sys
import traceback

spec = importlib.util.spec_from_file_location("module_under_test", sys.argv[1])
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
failed = 0
getattr(module, "setup_module", lambda module: None)(module)
try:
    for name, function in list(vars(module).items()):
        if name.startswith("test_") and callable(function):
            try:
                function()
                print(f"passed {name}", flush=True)
            except Exception:
                failed += 1
                print(f"FAILED {name}\n{traceback.format_exc()}", flush=True)
finally:
    getattr(module, "teardown_module", lambda module: None)(module)
sys.exit(1 if failed else 0)
