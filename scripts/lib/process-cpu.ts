// CPU time of a process group (a server and its workers), from /proc: the same user+system counters that
// process.cpuUsage() reads inside a process, readable from outside it. Linux only, like the rest of the benchmarks.
import fs from "node:fs";

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** User + system CPU milliseconds consumed so far by every live process whose process group is `group`. */
export function groupCpuMs(group: number): number {
  let ticks = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // gone meanwhile
    }
    // Fields after the command name (which may hold spaces, inside parentheses): state is field 3.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[2]) !== group) continue; // field 5, pgrp
    ticks += Number(fields[11]) + Number(fields[12]); // fields 14 and 15, utime and stime
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}
