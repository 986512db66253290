"""Start the real QGIS desktop with the plugin installed from the packaged zip.

Used by `make run`, the e2e tests and the start-up benchmark. Each start gets a fresh,
dedicated QGIS profile under build/ (never the user's own profile). Without a DISPLAY
the desktop runs on its own Xvfb screen; inside QGIS, scripts/qgis_probe.py runs the
scenario of the mode (tests/e2e/scenarios/), which drives the plugin through its actions,
takes screenshots and writes a JSON report, then quits.

    python3 scripts/qgis_desktop.py --mode run|e2e|startup [--no-plugin] [--keep-open] …
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGIN_ID = "kempten_twin_plugin"
PROBE = os.path.join(ROOT, "scripts", "qgis_probe.py")
SCENARIOS = os.path.join(ROOT, "tests", "e2e", "scenarios")
SCREEN = "1600x1000x24"


def make_profile(profiles_root, name, zip_path, working_copy, locale, with_plugin):
    profile = os.path.join(profiles_root, "profiles", name)  # QGIS looks in profiles/
    if os.path.exists(profile):
        shutil.rmtree(profile)
    plugins = os.path.join(profile, "python", "plugins")
    os.makedirs(plugins)
    if with_plugin:
        with zipfile.ZipFile(zip_path) as archive:  # what "Install from ZIP" does
            archive.extractall(plugins)
    settings_dir = os.path.join(profile, "QGIS")
    os.makedirs(settings_dir)
    lines = [
        "[PythonPlugins]",
        f"{PLUGIN_ID}={'true' if with_plugin else 'false'}",
        "processing=true",
        "",
        "[kempten_twin]",
        f"working_copy={working_copy}",
        "",
        "[locale]",
        "overrideFlag=true",
        f"userLocale={locale}",
        "",
        "[qgis]",
        "checkVersion=false",
        "showTips=false",
        "allowVersionCheck=false",
        "",
        "[app]",
        "LocalizedDataPath=",
        "",
        "[core]",
        "NewsFeed\\httpsfeedqgisorg\\disabled=true",
        "",
    ]
    with open(os.path.join(settings_dir, "QGIS3.ini"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    return profile


def start_xvfb():
    for display in range(97, 130):
        if os.path.exists(f"/tmp/.X{display}-lock"):
            continue
        process = subprocess.Popen(["Xvfb", f":{display}", "-screen", "0", SCREEN, "-nolisten",
                                    "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(50):
            if os.path.exists(f"/tmp/.X11-unix/X{display}"):
                return process, f":{display}"
            if process.poll() is not None:
                break
            time.sleep(0.1)
        process.kill()
    raise RuntimeError("could not start Xvfb (is the package xvfb installed?)")


def run(args):
    os.makedirs(args.out, exist_ok=True)
    result_path = os.path.join(args.out, f"{args.mode}-result.json")
    if os.path.exists(result_path):
        os.unlink(result_path)
    profiles_root = os.path.join(ROOT, "build", "qgis-profiles")
    name = f"kt-{args.mode}" + ("" if args.plugin else "-noplugin")
    make_profile(profiles_root, name, args.zip, os.path.abspath(args.working_copy),
                 args.locale, args.plugin)
    env = dict(os.environ)
    env.update(KT_MODE=args.mode, KT_SCENARIOS=SCENARIOS, KT_OUT_DIR=os.path.abspath(args.out),
               KT_RESULT=result_path, KT_KEEP_OPEN="1" if args.keep_open else "0",
               KT_START_TIME=repr(time.time()))
    env.pop("QT_QPA_PLATFORM", None)
    xvfb = None
    if args.keep_open and env.get("DISPLAY"):
        pass  # a person is watching: use their screen
    else:
        xvfb, env["DISPLAY"] = start_xvfb()
    command = ["qgis", "--profiles-path", profiles_root, "--profile", name, "--nologo",
               "--noversioncheck", "--code", PROBE]
    if args.project:
        command.append(os.path.abspath(args.project))
    log_path = os.path.join(args.out, f"{args.mode}-qgis.log")
    started = time.time()
    try:
        with open(log_path, "w") as log:
            process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
            try:
                process.wait(timeout=None if args.keep_open else args.timeout)
            except subprocess.TimeoutExpired:
                if xvfb is not None:
                    subprocess.run(["import", "-display", env["DISPLAY"], "-window", "root",
                                    os.path.join(args.out, f"{args.mode}-timeout.png")],
                                   check=False)
                process.kill()
                process.wait()
                print(f"QGIS did not finish within {args.timeout} s; log: {log_path}",
                      file=sys.stderr)
                return 3
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()
    if not os.path.exists(result_path):
        print(f"QGIS ended (exit {process.returncode}) without a report; log: {log_path}",
              file=sys.stderr)
        return 4
    with open(result_path, encoding="utf-8") as f:
        result = json.load(f)
    result["wall_seconds"] = time.time() - started
    with open(result_path, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=2, ensure_ascii=False)
    if result.get("errors"):
        for error in result["errors"]:
            print("error:", error, file=sys.stderr)
        return 5
    for shot in result.get("screenshots", []):
        print("screenshot:", os.path.relpath(shot, ROOT))
    return 0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mode", choices=("run", "e2e", "startup", "exchange", "defects",
                                           "planning"), default="run")
    parser.add_argument("--zip", default=os.path.join(ROOT, "build", "kempten_twin.zip"))
    parser.add_argument("--working-copy", default=os.path.join(ROOT, "build", "demo",
                                                               "kempten_demo.gpkg"))
    parser.add_argument("--project", default=None, help="a .qgz to open")
    parser.add_argument("--out", default=os.path.join(ROOT, "build", "screenshots"))
    parser.add_argument("--locale", default="de")
    parser.add_argument("--no-plugin", dest="plugin", action="store_false")
    parser.add_argument("--keep-open", action="store_true",
                        help="leave QGIS open for a person (needs a DISPLAY)")
    parser.add_argument("--timeout", type=int, default=240)
    args = parser.parse_args(argv)
    if not os.path.exists(args.zip) and args.plugin:
        print(f"{args.zip} is missing; run `make package` first", file=sys.stderr)
        return 2
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
