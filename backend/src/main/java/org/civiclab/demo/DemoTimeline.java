package org.civiclab.demo;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When the demo's steps happened. The demo runs through the real services in seconds, so
 * everything it writes would be dated today; a lab's board, dashboard and timelines look
 * lived-in only with a history. Each step first says how many days ago it happened
 * ({@link #daysAgo}); afterwards {@link #apply} moves every timestamp written during that
 * step (in any table, the engine's included) to that day. Dates a step gives that must
 * lie ahead when it runs (a time box's end, a wake-up date) are given as they will read
 * once moved, or, where that is already past, as a stand-in in the future that
 * {@link #apply} replaces. Deterministic: the same days, relative to the day the demo is
 * created.
 */
@Component
class DemoTimeline {

	/**
	 * A step's moment is this long before the demo's time of day, so that its steps, a
	 * second apart, are all a whole number of days old.
	 */
	private static final Duration SAME_DAY = Duration.ofHours(1);

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private Instant start = Instant.now();

	private final List<Mark> marks = new ArrayList<>();

	private final Map<Instant, Instant> standIns = new LinkedHashMap<>();

	DemoTimeline(DataSource dataSource) {
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/**
	 * From its first step written at {@code from}, a step's rows move by {@code shift}.
	 */
	private record Mark(Instant from, Instant day, Duration shift) {
	}

	void begin() {
		this.start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		this.marks.clear();
		this.standIns.clear();
	}

	/**
	 * What follows happened this many days before the demo is created (0: now, as it
	 * happens). Steps on the same day keep their order, a second apart, from an hour
	 * before the demo's time of day.
	 */
	void daysAgo(int days) {
		Instant now = Instant.now();
		if (!this.marks.isEmpty()) {
			while (!now.isAfter(this.marks.get(this.marks.size() - 1).from())) {
				now = Instant.now();
			}
		}
		Instant day = (days == 0) ? now
				: this.start.minus(Duration.ofDays(days)).minus(SAME_DAY).plusSeconds(this.marks.size());
		this.marks.add(new Mark(now, day, Duration.between(now, day)));
	}

	/** The day of the current step. */
	LocalDate today() {
		return LocalDate.ofInstant(current(), ZoneId.systemDefault());
	}

	/**
	 * A moment this many days after the current step, for a date the services want in the
	 * future (a time box's end, a wake-up date).
	 */
	Instant inDays(int days) {
		Instant meant = current().plus(Duration.ofDays(days));
		if (meant.isAfter(Instant.now().plus(Duration.ofMinutes(10)))) {
			return meant;
		}
		Instant standIn = Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.MILLIS);
		this.standIns.put(standIn, meant);
		return standIn;
	}

	/**
	 * Moves what each step wrote to its day, and the stand-ins to the dates they stand
	 * for.
	 */
	void apply() {
		if (this.marks.isEmpty()) {
			return;
		}
		Instant end = Instant.now().plusMillis(1);
		for (Column column : timestampColumns()) {
			List<Object> arguments = new ArrayList<>();
			StringBuilder shift = new StringBuilder("case");
			for (int i = 1; i < this.marks.size(); i++) {
				shift.append(" when ").append(column.name()).append(" < ? then cast(? as bigint)");
				arguments.add(Timestamp.from(this.marks.get(i).from()));
				arguments.add(this.marks.get(i - 1).shift().toSeconds());
			}
			shift.append(" else cast(? as bigint) end");
			arguments.add(this.marks.get(this.marks.size() - 1).shift().toSeconds());
			arguments.add(Timestamp.from(this.marks.get(0).from()));
			arguments.add(Timestamp.from(end));
			this.jdbc.update(
					"update " + column.table() + " set " + column.name() + " = " + column.name() + " + (" + shift
							+ ") * interval '1' second where " + column.name() + " >= ? and " + column.name() + " < ?",
					arguments.toArray());
			this.standIns.forEach((standIn, meant) -> this.jdbc.update(
					"update " + column.table() + " set " + column.name() + " = ? where " + column.name() + " = ?",
					Timestamp.from(meant), Timestamp.from(standIn)));
		}
	}

	private Instant current() {
		if (this.marks.isEmpty()) {
			return Instant.now();
		}
		Mark last = this.marks.get(this.marks.size() - 1);
		return last.day().plus(Duration.between(last.from(), Instant.now()));
	}

	private record Column(String table, String name) {
	}

	/**
	 * Every column of a date and time in the application's schema, quoted as it is named.
	 */
	private List<Column> timestampColumns() {
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			String quote = metaData.getIdentifierQuoteString();
			List<Column> columns = new ArrayList<>();
			try (ResultSet rows = metaData.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
				while (rows.next()) {
					String type = rows.getString("TYPE_NAME").toLowerCase();
					boolean table = rows.getString("TABLE_NAME")
						.chars()
						.allMatch((c) -> c == '_' || Character.isLetterOrDigit(c));
					if (table && type.startsWith("timestamp")) {
						columns.add(new Column(quote + rows.getString("TABLE_NAME") + quote,
								quote + rows.getString("COLUMN_NAME") + quote));
					}
				}
			}
			return columns;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the database's columns", ex);
		}
	}

}
