"""The project's Streamlit settings: `streamlit run` from the project folder
serves the dashboard with no Deploy button, no usage statistics and no call
to any outside address at start-up, and prints the address to open."""
import os
import socket
import subprocess
import sys
import time
import tomllib

from conftest import ROOT


def test_config_turns_off_the_deploy_button_and_usage_statistics():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["client"]["toolbarMode"] == "viewer"
    assert config["browser"]["gatherUsageStats"] is False
    assert config["server"]["headless"] is True
    assert config["theme"]["base"] == "light"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_start_up_prints_the_local_address_and_asks_no_outside_service(seed_db):
    """Headless Streamlit asks checkip.amazonaws.com for a public address
    unless the address to print is set: the output shows which happened."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port)],
        cwd=ROOT, env={**os.environ, "TRACKER_DB": seed_db, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = []
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            line = process.stdout.readline()
            lines.append(line)
            if "URL:" in line or not line:
                break
    finally:
        process.terminate()
        process.wait(timeout=10)
    output = "".join(lines)
    assert f"URL: http://localhost:{port}" in output, output
    assert "External URL" not in output and "auto detect" not in output
