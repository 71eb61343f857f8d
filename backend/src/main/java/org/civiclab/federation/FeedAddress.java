package org.civiclab.federation;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The address of another installation, as an admin gives it: http or https, a host and
 * perhaps a path, no user name, query or fragment; given with its open data's path
 * ({@code /api/open/ideas}) or a trailing slash, it is kept without. A host with an
 * address on the loopback, a private, link-local or unique local network is refused
 * unless {@code civiclab.federation.allow-private-addresses} is set. Checked when a feed
 * is added and again before each fetch, as the name may resolve differently by then.
 */
@Component
class FeedAddress {

	static final String OPEN_DATA = "/api/open/ideas";

	private final boolean allowPrivate;

	FeedAddress(FederationProperties properties) {
		this.allowPrivate = properties.allowPrivateAddresses();
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
		URI uri;
		try {
			uri = new URI(address);
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
		if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
			return Optional.of("must hold no user name, query or fragment");
		}
		try {
			for (InetAddress ip : InetAddress.getAllByName(uri.getHost())) {
				if (!this.allowPrivate && isPrivate(ip)) {
					return Optional.of("must not be on the loopback, a private or a link-local network");
				}
			}
		}
		catch (UnknownHostException ex) {
			return Optional.of("names a host that cannot be found");
		}
		return Optional.empty();
	}

	private static boolean isPrivate(InetAddress ip) {
		byte[] bytes = ip.getAddress();
		boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
		boolean sharedV4 = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
		return ip.isLoopbackAddress() || ip.isSiteLocalAddress() || ip.isLinkLocalAddress() || ip.isAnyLocalAddress()
				|| ip.isMulticastAddress() || uniqueLocalV6 || sharedV4;
	}

}
