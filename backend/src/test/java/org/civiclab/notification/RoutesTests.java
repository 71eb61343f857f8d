package org.civiclab.notification;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.civiclab.idea.IdeaEvent.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routing table of docs/notifications.md is the code's: every kind, who is told and
 * how by default, row for row.
 */
class RoutesTests {

	private static final Pattern ROW = Pattern.compile("^\\| `([A-Z_]+)` \\| [^|]+ \\| ([^|]+) \\| ([^|]+) \\|$",
			Pattern.MULTILINE);

	@Test
	void theDocumentedTableIsTheCodesTable() throws IOException {
		String documented = Files.readString(Path.of("..", "docs", "notifications.md"));
		Map<String, String> rows = new LinkedHashMap<>();
		Matcher row = ROW.matcher(documented);
		while (row.find()) {
			rows.put(row.group(1), row.group(2).trim() + " / " + row.group(3).trim());
		}

		Map<String, String> coded = new LinkedHashMap<>();
		for (Kind kind : Kind.values()) {
			String who = Arrays.stream(Routes.Audience.values())
				.filter(Routes.of(kind)::contains)
				.map(Routes.Audience::description)
				.collect(Collectors.joining(", "));
			coded.put(kind.name(), who + " / " + described(Routes.defaultDelivery(kind)));
		}
		assertThat(rows).containsExactlyEntriesOf(coded);
	}

	private static String described(Delivery delivery) {
		return switch (delivery) {
			case IMMEDIATE -> "at once";
			case DAILY -> "daily digest";
			case WEEKLY -> "weekly digest";
			case OFF -> "off";
		};
	}

}
