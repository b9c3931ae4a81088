import nodemailer from 'nodemailer';
import type { Repositories } from '../../graph/repositories/index.js';
import type { MailConfig } from '../../lib/config.js';

/** E-mail to readers through any SMTP server (`nodemailer`); the in-app message is written either way. */
export interface Mailer {
  send(mail: { to: string; subject: string; text: string }): Promise<void>;
  close(): void;
}

/** A mailer for the configured SMTP server, or null when SMTP_URL is unset (messages stay in the app). */
export function createMailer(config: MailConfig): Mailer | null {
  if (!config.smtpUrl) return null;
  const transport = nodemailer.createTransport(config.smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({ from: config.from, ...mail });
    },
    close: () => transport.close(),
  };
}

/** A message written in a committed transaction, to be mailed after the commit. */
export interface Notice {
  accountId: string;
  subject: string;
  body: string;
}

/**
 * Mails the notices of a committed change. A mail server that is down loses no message (the
 * in-app list has it) and fails no request; the failure is returned for the caller to log.
 */
export async function mailNotices(repos: Repositories, mailer: Mailer | null | undefined, notices: Notice[]): Promise<string[]> {
  if (!mailer || notices.length === 0) return [];
  const accounts = await repos.accounts.byIds([...new Set(notices.map((n) => n.accountId))]);
  const emailOf = new Map(accounts.filter((a) => a !== null).map((a) => [a.id, a.email]));
  const failures: string[] = [];
  for (const notice of notices) {
    const to = emailOf.get(notice.accountId);
    if (!to) continue;
    try {
      await mailer.send({ to, subject: notice.subject, text: notice.body });
    } catch (error) {
      failures.push(`${to}: ${(error as Error).message}`);
    }
  }
  return failures;
}
