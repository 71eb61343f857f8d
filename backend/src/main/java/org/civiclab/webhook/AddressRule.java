package org.civiclab.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Which addresses a webhook may be sent to: http or https, to a host whose every address
 * is public. An address on the loopback, a private (site-local) network, a link-local one
 * (cloud metadata services live there), the unspecified address, or an IPv6 unique local
 * one is refused, unless {@code civiclab.webhooks.allow-private-addresses} says otherwise
 * (tests; closed installations). Checked when a webhook is saved and again before each
 * delivery, as the name may resolve differently by then.
 */
@Component
class AddressRule {

	private final boolean allowPrivate;

	AddressRule(WebhookProperties properties) {
		this.allowPrivate = properties.allowPrivateAddresses();
	}

	/** Why this address is refused, or empty if a webhook may be sent there. */
	Optional<String> refusal(String url) {
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

	static boolean isPrivate(InetAddress address) {
		byte[] bytes = address.getAddress();
		boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
		boolean sharedV4 = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
		return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
				|| address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocalV6 || sharedV4;
	}

}
