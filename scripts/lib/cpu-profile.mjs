// Preloaded with NODE_OPTIONS="--import <this file>" (Node refuses --cpu-prof in NODE_OPTIONS):
// profiles the whole process with the inspector's sampling profiler, like `node --cpu-prof`, and writes a
// .cpuprofile (open it in Chrome DevTools or read it with any cpuprofile tool) into CPU_PROF_DIR when the process
// exits (serve.mjs exits on SIGTERM). Used by `BENCH_CPU_PROF=<dir> npm run bench:report`.
import fs from "node:fs";
import path from "node:path";
import inspector from "node:inspector";

const dir = process.env.CPU_PROF_DIR;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: 1000 });
  session.post("Profiler.start");
  process.on("exit", () => {
    // The same-thread session answers synchronously, so this completes inside the exit handler.
    session.post("Profiler.stop", (error, result) => {
      if (error) return;
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `server-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
