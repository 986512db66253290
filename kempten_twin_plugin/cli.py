"""Command line for administrators and the Makefile; needs no running QGIS.

    python3 -m kempten_twin_plugin.cli demo-city --pipes 5000 --seed 1 --output city.gpkg
    python3 -m kempten_twin_plugin.cli server-schema --server service=kempten
    python3 -m kempten_twin_plugin.cli sync --working-copy wc.gpkg --server service=kempten
"""

import argparse
import sys
import time

from .core.demo_city import DemoCityError
from .errors import Cancelled
from .store.demo_data import build_demo_working_copy
from .store.working_copy import WorkingCopyError


def _demo_city(args):
    started = time.perf_counter()

    def progress(percent):
        if args.verbose:
            print(f"\r{percent:5.1f} %", end="", file=sys.stderr, flush=True)

    counts = build_demo_working_copy(args.output, args.pipes, args.seed, args.overwrite,
                                     progress)
    if args.verbose:
        print(file=sys.stderr)
    summary = ", ".join(f"{name}={count}" for name, count in counts.items())
    print(f"Demo city written to {args.output} in {time.perf_counter() - started:.1f} s: {summary}")
    return 0


def _server_schema(args):
    from . import paths
    from .store import server_schema
    from .store.server_connection import connect

    connection = connect(args.server)
    try:
        before, after = server_schema.install_or_upgrade(
            connection, args.schema, args.role_prefix, paths.metadata().get("version", ""))
    finally:
        connection.close()
    if before == after:
        print(f"Schema {args.schema} is at version {after} already; nothing to do.")
    else:
        print(f"Schema {args.schema} brought from version {before} to {after}.")
    return 0


def _sync(args):
    from .store.server_connection import connect
    from .sync.session import sync

    connection = connect(args.server)
    try:
        result = sync(args.working_copy, connection, args.schema)
    finally:
        connection.close()
    print(", ".join(f"{k}={v}" for k, v in result.items()))
    return 3 if result["REFUSED"] or result["OPEN_CONFLICTS"] else 0


def main(argv=None):
    parser = argparse.ArgumentParser(prog="kempten-twin", description="Kempten Twin tools")
    commands = parser.add_subparsers(dest="command", required=True)
    demo = commands.add_parser("demo-city", help="generate the demo city as a working copy")
    demo.add_argument("--pipes", type=int, default=2000, help="number of pipes (1000 … 1000000)")
    demo.add_argument("--seed", type=int, default=1, help="random seed (same seed, same city)")
    demo.add_argument("--output", required=True, help="GeoPackage file to write (.gpkg)")
    demo.add_argument("--overwrite", action="store_true", help="replace an existing file")
    demo.add_argument("--verbose", action="store_true", help="show progress")
    schema = commands.add_parser("server-schema",
                                 help="install or upgrade the central PostGIS schema")
    schema.add_argument("--server", required=True,
                        help="service=NAME from pg_service.conf, or a libpq keyword string "
                             "without password (use ~/.pgpass)")
    schema.add_argument("--schema", default="kempten_twin", help="schema name")
    schema.add_argument("--role-prefix", default="kt_", help="prefix of the four roles")
    sync_cmd = commands.add_parser("sync", help="sync a working copy with the central server "
                                   "(exit 3 when conflicts or refused changes need a person)")
    sync_cmd.add_argument("--working-copy", required=True, help="the GeoPackage")
    sync_cmd.add_argument("--server", required=True, help="service=NAME or libpq keywords")
    sync_cmd.add_argument("--schema", default="kempten_twin")
    args = parser.parse_args(argv)
    from .store.server_connection import ServerConnectionError
    from .store.server_schema import ServerSchemaError
    from .sync.session import SyncError

    try:
        if args.command == "server-schema":
            return _server_schema(args)
        if args.command == "sync":
            return _sync(args)
        return _demo_city(args)
    except (ServerConnectionError, ServerSchemaError, SyncError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except (DemoCityError, WorkingCopyError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except (Cancelled, KeyboardInterrupt):
        print("error: cancelled; nothing was written", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
