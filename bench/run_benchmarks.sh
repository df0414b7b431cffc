#!/usr/bin/env bash
# Runs the simulator benchmarks of BENCHMARKS.md side by side on this machine:
# the Swift closed form (release), the PyBaMM peer (IDAKLU), and a 100,000-design sweep.
#
#   pip install pybamm==26.10.1.1      # into the python3 on PATH, or set PYTHON=...
#   bash bench/run_benchmarks.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"

echo "## machine"
echo "nproc: $(nproc)"
lscpu | grep -m1 "Model name" || true
free -g | awk '/Mem:/ {print "memory: " $2 " GiB"}'
uptime

swift build -c release --product mbatlas >/dev/null
swift build -c release --product SimulatorBenchmark >/dev/null

echo "## swift closed form"
.build/release/SimulatorBenchmark timing

echo "## pybamm peer"
"$PYTHON" bench/pybamm/benchmark.py --cells 100 200 800 --repeats 20

echo "## 100,000-design sweep (2 workers)"
/usr/bin/time -v .build/release/mbatlas sweep \
    --vary cathode-thickness=0.5um..5um:100 --vary rate=0.1..50:log:100 --vary x0=0.5..0.59:10 \
    >/tmp/mbatlas-sweep-100k.csv 2>/tmp/mbatlas-sweep-100k.time
grep -E "Elapsed|Maximum resident|Percent of CPU" /tmp/mbatlas-sweep-100k.time
echo "rows: $(($(wc -l </tmp/mbatlas-sweep-100k.csv) - 1))"
