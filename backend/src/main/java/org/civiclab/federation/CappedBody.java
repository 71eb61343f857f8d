package org.civiclab.federation;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

import java.net.http.HttpResponse;

/**
 * An answer's body read into memory up to a limit: a longer one is cancelled at the byte
 * that passes it, and fails with {@link FeedUnreadable}; nothing more is read.
 */
class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

	private final int limit;

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private final CompletableFuture<byte[]> body = new CompletableFuture<>();

	private Flow.Subscription subscription;

	CappedBody(int limit) {
		this.limit = limit;
	}

	@Override
	public void onSubscribe(Flow.Subscription subscription) {
		this.subscription = subscription;
		subscription.request(1);
	}

	@Override
	public void onNext(List<ByteBuffer> buffers) {
		for (ByteBuffer buffer : buffers) {
			if (this.bytes.size() + buffer.remaining() > this.limit) {
				this.subscription.cancel();
				this.body.completeExceptionally(new FeedUnreadable("a page is larger than " + this.limit + " bytes"));
				return;
			}
			byte[] chunk = new byte[buffer.remaining()];
			buffer.get(chunk);
			this.bytes.writeBytes(chunk);
		}
		this.subscription.request(1);
	}

	@Override
	public void onError(Throwable error) {
		this.body.completeExceptionally(error);
	}

	@Override
	public void onComplete() {
		this.body.complete(this.bytes.toByteArray());
	}

	@Override
	public CompletionStage<byte[]> getBody() {
		return this.body;
	}

}
