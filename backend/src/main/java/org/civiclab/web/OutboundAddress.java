package org.civiclab.web;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which addresses CivicLab itself calls out to (webhooks, other installations' open
 * data): http or https, a host and no user name or password, and a host whose every
 * address is public. An address on the loopback, a private (site-local) network, a
 * link-local one (cloud metadata services live there), the unspecified address, a
 * multicast one, the shared address space (100.64.0.0/10) or an IPv6 unique local one is
 * refused unless the installation allows private addresses (tests; closed installations).
 * Its callers check when an address is saved and again before each call, as the name may
 * resolve differently by then.
 */
public final class OutboundAddress {

	private final boolean allowPrivate;

	private final boolean queryAllowed;

	private OutboundAddress(boolean allowPrivate, boolean queryAllowed) {
		this.allowPrivate = allowPrivate;
		this.queryAllowed = queryAllowed;
	}

	/** The rule, with private addresses allowed or not; a query is taken. */
	public static OutboundAddress allowingPrivate(boolean allowPrivate) {
		return new OutboundAddress(allowPrivate, true);
	}

	/**
	 * This rule, refusing a query and a fragment too (an address that names a place, not
	 * a call).
	 */
	public OutboundAddress withoutQuery() {
		return new OutboundAddress(this.allowPrivate, false);
	}

	/** Why this address is refused, or empty if it may be called. */
	public Optional<String> refusal(String url) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			return Optional.of("is not a valid address");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https")) {
			return Optional.of("must be an http or https address");
		}
		if (uri.getHost() == null || uri.getHost().isBlank()) {
			return Optional.of("must name a host");
		}
		if (uri.getRawUserInfo() != null) {
			return Optional.of("must not hold a user name or password");
		}
		if (!this.queryAllowed && (uri.getRawQuery() != null || uri.getRawFragment() != null)) {
			return Optional.of("must hold no query or fragment");
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(uri.getHost());
		}
		catch (UnknownHostException ex) {
			return Optional.of("names a host that cannot be found: " + uri.getHost());
		}
		if (!this.allowPrivate) {
			for (InetAddress address : addresses) {
				if (isPrivate(address)) {
					return Optional.of("must not be on the loopback, a private or a link-local network ("
							+ address.getHostAddress() + ")");
				}
			}
		}
		return Optional.empty();
	}

	/** Whether an address is one that no outbound call may reach (see above). */
	public static boolean isPrivate(InetAddress address) {
		byte[] bytes = address.getAddress();
		boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
		boolean sharedV4 = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
		return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
				|| address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocalV6 || sharedV4;
	}

}
