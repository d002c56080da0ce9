"""A throwaway PostgreSQL server for the test suite: initdb in a temporary
folder, a free localhost port, stopped and removed afterwards. The server
binaries come from the machine (Debian's postgresql package); as root they
run as the `postgres` user, since PostgreSQL refuses to run as root."""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from contextlib import contextmanager
from pathlib import Path

import psycopg


def binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    return Path(found[0]).parent if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def server():
    """Yields the server's SQLAlchemy URL without a database name."""
    bin_dir = binaries()
    if bin_dir is None:
        raise FileNotFoundError("no PostgreSQL server binaries under /usr/lib/postgresql")
    base = Path(tempfile.mkdtemp(prefix="tracker-pg-"))
    base.chmod(0o777)
    as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    data = base / "data"
    port = _free_port()
    try:
        subprocess.run(as_user + [str(bin_dir / "initdb"), "-D", str(data), "-U", "tracker",
                                  "--auth=trust", "-E", "UTF8", "--no-sync"],
                       check=True, capture_output=True)
        options = (f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c max_connections=100")
        subprocess.run(as_user + [str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options,
                                  "-w", "-l", str(base / "server.log"), "start"],
                       check=True, capture_output=True)
        yield f"postgresql+psycopg://tracker@127.0.0.1:{port}"
    finally:
        subprocess.run(as_user + [str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate",
                                  "stop"], capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def _admin(server_url: str) -> str:
    return server_url.replace("postgresql+psycopg://", "postgresql://") + "/postgres"


def create_database(server_url: str) -> str:
    """A new empty database on the server; returns its SQLAlchemy URL."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_admin(server_url), autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return f"{server_url}/{name}"


def drop_database(url: str) -> None:
    server_url, name = url.rsplit("/", 1)
    with psycopg.connect(_admin(server_url), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
