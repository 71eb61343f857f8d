package org.civiclab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server on loopback (GreenMail), for the application the full-stack tests
 * share: every mail it sends arrives here. It can be stopped and started again on the
 * same port, as a mail server that is down for a while.
 */
public final class TestMailServer {

	private final ServerSetup setup;

	private GreenMail server;

	private TestMailServer(int port) {
		this.setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
	}

	static TestMailServer started() {
		TestMailServer mail = new TestMailServer(freePort());
		mail.start();
		return mail;
	}

	public int port() {
		return this.setup.getPort();
	}

	/** Starts (again), with no mail received. */
	public synchronized void start() {
		this.server = new GreenMail(this.setup);
		this.server.start();
	}

	public synchronized void stop() {
		this.server.stop();
	}

	public synchronized MimeMessage[] received() {
		return this.server.getReceivedMessages();
	}

	/** Forgets every mail received so far. */
	public synchronized void purge() {
		try {
			this.server.purgeEmailFromAllMailboxes();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
