import json
import os
import subprocess
import sys

SCRIPT = """
import json, sys
sys.path.insert(0, {tests!r})
from synthesize.fixtures import BRIDGE
from plainwire.synthesize import synthesize
print(json.dumps(synthesize("bridge", BRIDGE, max_words=60).to_json(), sort_keys=True))
"""


def test_same_input_same_output_across_hash_seeds():
    # the store re-synthesises only when articles join; the same articles must give the same page
    tests = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    outs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        res = subprocess.run(
            [sys.executable, "-c", SCRIPT.format(tests=tests)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        outs.append(json.loads(res.stdout))
    assert outs[0] == outs[1]
    assert outs[0]["story"]
