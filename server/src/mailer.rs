//! The sender: takes due messages from the mail queue and delivers them, over SMTP or
//! into the outbox folder as `.eml` files. A failed attempt is logged and retried later
//! (see `app::backend::mail`); the queue, not this task, is what survives a restart.

use crate::settings::MailSettings;
use anyhow::Context;
use app::backend::entities::outgoing_email;
use app::backend::mail;
use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Body, Mailbox};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sea_orm::DatabaseConnection;
use std::path::PathBuf;

enum Transport {
    Smtp(Box<AsyncSmtpTransport<Tokio1Executor>>),
    Outbox(PathBuf),
}

pub struct Mailer {
    transport: Transport,
    from: Mailbox,
    poll: std::time::Duration,
}

impl Mailer {
    pub fn new(settings: &MailSettings) -> anyhow::Result<Mailer> {
        let transport = match &settings.smtp_url {
            Some(url) => Transport::Smtp(Box::new(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .context("COMMONPOT_SMTP_URL is not an SMTP address like smtps://user:password@smtp.example.org")?
                    .build(),
            )),
            None => Transport::Outbox(settings.outbox.clone()),
        };
        Ok(Mailer {
            transport,
            from: settings.from.parse().context(
                "COMMONPOT_MAIL_FROM is not an address like Commonpot <no-reply@example.org>",
            )?,
            poll: settings.poll,
        })
    }

    /// Runs for the life of the server.
    pub async fn run(self, db: DatabaseConnection) {
        loop {
            if let Err(e) = self.send_due(&db).await {
                tracing::warn!(error = %e, "the mail sender could not read the queue");
            }
            tokio::time::sleep(self.poll).await;
        }
    }

    async fn send_due(&self, db: &DatabaseConnection) -> anyhow::Result<()> {
        for message in mail::due(db, 50).await? {
            if !mail::claim(db, &message).await? {
                continue;
            }
            match self.deliver(&message).await {
                Ok(()) => mail::sent(db, &message).await?,
                Err(e) => {
                    tracing::warn!(id = message.id, error = %e, "an email could not be sent; it will be tried again");
                    mail::failed(db, message.id, &format!("{e:#}")).await?;
                }
            }
        }
        Ok(())
    }

    async fn deliver(&self, m: &outgoing_email::Model) -> anyhow::Result<()> {
        let email = Message::builder()
            .from(self.from.clone())
            .to(m.to_address.parse().context("the recipient's address")?)
            .subject(m.subject.clone())
            .header(ContentType::TEXT_PLAIN)
            .body(readable_body(&m.body))
            .context("building the message")?;
        match &self.transport {
            Transport::Smtp(smtp) => {
                smtp.send(email)
                    .await
                    .context("the SMTP server refused it")?;
            }
            Transport::Outbox(dir) => {
                tokio::fs::create_dir_all(dir)
                    .await
                    .with_context(|| format!("creating the outbox {}", dir.display()))?;
                let name = format!("{:08}-{}.eml", m.id, m.purpose);
                // Written under a temporary name and renamed, so a reader never sees half.
                let partial = dir.join(format!(".{name}.partial"));
                tokio::fs::write(&partial, email.formatted()).await?;
                tokio::fs::rename(&partial, dir.join(name)).await?;
            }
        }
        Ok(())
    }
}

/// Lines wrapped at 72 characters and sent as 8bit, so the message (and an outbox
/// file) reads as written, pound signs and all; a line that cannot be wrapped (a long
/// link) makes lettre choose an encoding instead.
fn readable_body(text: &str) -> Body {
    let wrapped = wrap(text, 72);
    Body::new_with_encoding(wrapped.clone(), ContentTransferEncoding::EightBit)
        .unwrap_or_else(|_| Body::new(wrapped))
}

/// Breaks each line at spaces so that no line is longer than `width` characters,
/// unless a single word is.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / width);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut len = 0;
        for (j, word) in line.split(' ').enumerate() {
            let n = word.chars().count();
            if j > 0 && len + 1 + n > width {
                out.push('\n');
                len = 0;
            } else if j > 0 {
                out.push(' ');
                len += 1;
            }
            out.push_str(word);
            len += n;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn long_lines_are_wrapped_at_spaces_and_paragraphs_kept() {
        let text = "one two three four\n\nfive";
        assert_eq!(wrap(text, 9), "one two\nthree\nfour\n\nfive");
        assert_eq!(
            wrap("a https://example.org/a/very/long/link b", 10),
            "a\nhttps://example.org/a/very/long/link\nb"
        );
    }
}
