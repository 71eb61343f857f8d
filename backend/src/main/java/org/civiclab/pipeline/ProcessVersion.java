package org.civiclab.pipeline;

import java.time.Instant;
import java.util.List;

import org.springframework.lang.Nullable;

/**
 * A deployed version of the pipeline's model.
 *
 * @param version its number, from 1
 * @param name the process's name in that version
 * @param deployedAt when it was deployed
 * @param runningIdeas how many ideas' processes run on it now
 * @param latest whether new ideas start on it
 * @param migration whether its running ideas can move to the latest version; {@code null}
 * for the latest version and for a version no idea runs on
 */
public record ProcessVersion(int version, String name, Instant deployedAt, long runningIdeas, boolean latest,
		@Nullable Migration migration) {

	/**
	 * Moving a version's running ideas to the latest version, with the engine's migration
	 * (activities of equal id map to each other).
	 *
	 * @param toVersion the latest version
	 * @param possible whether every activity they stand on exists there
	 * @param missingActivities the activities they stand on that do not
	 */
	public record Migration(int toVersion, boolean possible, List<String> missingActivities) {

		public Migration {
			missingActivities = List.copyOf(missingActivities);
		}

	}

}
