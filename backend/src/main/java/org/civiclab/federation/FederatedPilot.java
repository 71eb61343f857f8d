package org.civiclab.federation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.springframework.lang.Nullable;

/**
 * A public pilot of another installation, as last read from its open data. Every text but
 * the installation's name and address came from the other installation: it is plain text,
 * never HTML, and never a record of this installation (its reference is the other
 * installation's, known only together with {@code feedId}).
 *
 * @param feedId the feed it was read from
 * @param installation the other installation's name, as this installation's admin gave it
 * @param installationUrl the other installation's address
 * @param reference its reference there
 * @param organisation its organisation there
 * @param title its title
 * @param problem the problem it addresses
 * @param proposal what it proposes
 * @param themes its themes, as named there
 * @param stage its board column there
 * @param lifecycleStage its stage of the OECD's innovation lifecycle, if any
 * @param outcome {@code SCALED} or {@code STOPPED}, or {@code null} while it runs
 * @param estimatedCost its estimated cost, in {@code currency}
 * @param currency the ISO 4217 code of its cost
 * @param address its public page on the other installation: what an adoption links to
 * @param stale whether the last attempt to read the feed failed: this is what it was then
 * @param fetchedAt when it was last read
 */
public record FederatedPilot(long feedId, String installation, String installationUrl, String reference,
		String organisation, String title, String problem, String proposal, List<String> themes, String stage,
		@Nullable String lifecycleStage, @Nullable String outcome, @Nullable BigDecimal estimatedCost,
		@Nullable String currency, String address, boolean stale, Instant fetchedAt) {

	/** Where a pilot's public page is on the installation at this address. */
	static String address(String installationUrl, String reference) {
		return installationUrl + "/public/ideas/" + reference;
	}

}
