package org.civiclab.federation;

import java.util.Optional;

import org.civiclab.web.OutboundAddress;

import org.springframework.stereotype.Component;

/**
 * The address of another installation, as an admin gives it: http or https, a host and
 * perhaps a path, no user name, query or fragment; given with its open data's path
 * ({@code /api/open/ideas}) or a trailing slash, it is kept without. Otherwise the
 * installation's rule for outbound calls ({@link OutboundAddress}): private addresses
 * only where {@code civiclab.federation.allow-private-addresses} is set. Checked when a
 * feed is added and again before each fetch, as the name may resolve differently by then.
 */
@Component
class FeedAddress {

	static final String OPEN_DATA = "/api/open/ideas";

	private final OutboundAddress rule;

	FeedAddress(FederationProperties properties) {
		this.rule = OutboundAddress.allowingPrivate(properties.allowPrivateAddresses()).withoutQuery();
	}

	/** The installation's address as it is kept: without the open data's path. */
	static String normalized(String url) {
		String address = url.strip();
		while (address.endsWith("/")) {
			address = address.substring(0, address.length() - 1);
		}
		return address.endsWith(OPEN_DATA) ? normalized(address.substring(0, address.length() - OPEN_DATA.length()))
				: address;
	}

	/** Why this address is refused, or empty if it may be read. */
	Optional<String> refusal(String address) {
		return this.rule.refusal(address);
	}

}
