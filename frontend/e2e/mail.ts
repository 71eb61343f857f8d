import { expect } from '@playwright/test';

import { mailApi } from '../playwright.config';

/** A mail as GreenMail's REST API gives it (greenmail-openapi.yml, Message). */
interface GreenMailMessage {
  uid: number;
  subject?: string;
  mimeMessage: string;
}

export interface Mail {
  subject: string;
  /** The text of every part, decoded (quoted-printable, base64). */
  text: string;
}

const utf8 = new TextDecoder('utf-8');
const encoder = new TextEncoder();

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const joined = text.replace(/=\r?\n/g, '');
  for (let index = 0; index < joined.length; index++) {
    const hex = joined.slice(index + 1, index + 3);
    if (joined[index] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(...encoder.encode(joined[index] ?? ''));
    }
  }
  return utf8.decode(new Uint8Array(bytes));
}

/** Every leaf part of a MIME message, its body decoded by its transfer encoding. */
function decode(mime: string): string {
  const boundaries = [...mime.matchAll(/boundary="?([^";\r\n]+)"?/gi)].map((match) => match[1]);
  let parts = [mime];
  for (const boundary of boundaries) {
    if (boundary) parts = parts.flatMap((part) => part.split(`--${boundary}`));
  }
  return parts
    .map((part) => {
      const split = part.search(/\r?\n\r?\n/);
      if (split < 0) return part;
      const headers = part.slice(0, split);
      const body = part.slice(split).trim();
      if (/content-transfer-encoding:\s*base64/i.test(headers)) {
        const binary = atob(body.replace(/\s/g, ''));
        return utf8.decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
      }
      if (/content-transfer-encoding:\s*quoted-printable/i.test(headers)) {
        return decodeQuotedPrintable(body);
      }
      return body;
    })
    .join('\n');
}

/** The mails GreenMail received for an address so far, oldest first. */
export async function mailsTo(address: string): Promise<Mail[]> {
  const response = await fetch(`${mailApi}/api/user/${encodeURIComponent(address)}/messages/INBOX`);
  // An address that received nothing yet is no user of GreenMail's yet.
  if (!response.ok) return [];
  const messages = (await response.json()) as GreenMailMessage[];
  return messages.map((message) => ({
    subject: message.subject ?? '',
    text: decode(message.mimeMessage),
  }));
}

/** Waits for the n-th mail (counting from 1) to an address and answers it. */
export async function waitForMail(address: string, count: number): Promise<Mail> {
  await expect
    .poll(async () => (await mailsTo(address)).length, {
      message: `mail number ${String(count)} to ${address}`,
      timeout: 30_000,
    })
    .toBeGreaterThanOrEqual(count);
  const mails = await mailsTo(address);
  const mail = mails[count - 1];
  if (!mail) throw new Error(`No mail number ${String(count)} to ${address}`);
  return mail;
}

/** The path (from /public/…) of a mail's link of this kind: confirm or erase. */
export function linkIn(mail: Mail, kind: 'confirm' | 'erase'): string {
  const match = new RegExp(`https?://[^/\\s"'<>]+(/public/${kind}/[A-Za-z0-9_.~-]+)`).exec(
    mail.text,
  );
  if (!match?.[1]) throw new Error(`No ${kind} link in the mail "${mail.subject}":\n${mail.text}`);
  return match[1];
}
