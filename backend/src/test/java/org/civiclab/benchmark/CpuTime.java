package org.civiclab.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * CPU time from Linux's {@code /proc}: of one process, and of the whole machine, in
 * seconds (clock ticks of 1/100 s, the kernel's USER_HZ).
 */
final class CpuTime {

	private static final double TICKS_PER_SECOND = 100;

	private CpuTime() {
	}

	/** User and system time of this process so far. */
	static double ofProcess(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			// The command's name, in parentheses, may hold spaces: count from after it.
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The machine's busy and idle time so far, over all cores. */
	static double[] ofMachine() {
		try {
			String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long[] ticks = Arrays.stream(fields, 1, fields.length).mapToLong(Long::parseLong).toArray();
			// user nice system idle iowait irq softirq steal ...
			long idle = ticks[3] + ticks[4];
			long busy = ticks[0] + ticks[1] + ticks[2] + ticks[5] + ticks[6] + ticks[7];
			return new double[] { busy / TICKS_PER_SECOND, idle / TICKS_PER_SECOND };
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * CPU seconds spent while {@code work} ran: by these nodes, by this JVM, by the rest
	 * of the machine; and the share of the machine that stood idle.
	 */
	static Split during(List<JarProcess> nodes, Runnable work) {
		long self = ProcessHandle.current().pid();
		double nodesBefore = nodes.stream().mapToDouble(JarProcess::cpuSeconds).sum();
		double selfBefore = ofProcess(self);
		double[] machineBefore = ofMachine();
		work.run();
		double nodesUsed = nodes.stream().mapToDouble(JarProcess::cpuSeconds).sum() - nodesBefore;
		double selfUsed = ofProcess(self) - selfBefore;
		double[] machineAfter = ofMachine();
		double busy = machineAfter[0] - machineBefore[0];
		double idle = machineAfter[1] - machineBefore[1];
		return new Split(nodesUsed, selfUsed, Math.max(0, busy - nodesUsed - selfUsed), busy, idle / (busy + idle));
	}

	record Split(double nodes, double self, double rest, double busy, double idleShare) {
	}

}
