// CPU time of processes, from /proc: the same user+system counters that process.cpuUsage() reads inside a process,
// readable from outside it. Linux only, like the rest of the benchmarks.
import fs from "node:fs";

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/**
 * User + system CPU milliseconds of every live process for which `pick(pid, ppid, pgrp)` holds; with `reaped`, also
 * what the picked processes' exited children used (cutime + cstime: a PostgreSQL backend that closed meanwhile).
 */
function cpuMsOf(pick: (pid: number, ppid: number, pgrp: number) => boolean, reaped = false): number {
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
    if (!pick(Number(entry), Number(fields[1]), Number(fields[2]))) continue; // fields 4 and 5, ppid and pgrp
    ticks += Number(fields[11]) + Number(fields[12]); // fields 14 and 15, utime and stime
    if (reaped) ticks += Number(fields[13]) + Number(fields[14]); // fields 16 and 17, cutime and cstime
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** Every process whose process group is `group` (a server and its workers). */
export const groupCpuMs = (group: number) => cpuMsOf((_pid, _ppid, pgrp) => pgrp === group);

/** A process and its children, live or exited (PostgreSQL's postmaster and its backends, which come and go). */
export const treeCpuMs = (root: number) => cpuMsOf((pid, ppid) => pid === root || ppid === root, true);
