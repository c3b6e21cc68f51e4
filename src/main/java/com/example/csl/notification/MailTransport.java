package com.example.csl.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Delivers one notification: by SMTP when {@code spring.mail.host} is configured, else to the log
 * (the embedded default profile needs no mail server). The Message-ID is derived from the
 * idempotency key, so a receiver can recognise a repeated delivery of the same notification.
 */
@Component
public class MailTransport {

  private static final Logger LOG = LoggerFactory.getLogger(MailTransport.class);

  /** A delivery that can never succeed (malformed or rejected address): no retry. */
  public static class PermanentFailure extends Exception {
    public PermanentFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final ObjectProvider<JavaMailSender> mailSender;
  private final NotificationProperties properties;

  public MailTransport(ObjectProvider<JavaMailSender> mailSender, NotificationProperties properties) {
    this.mailSender = mailSender;
    this.properties = properties;
  }

  public boolean isSmtp() {
    return mailSender.getIfAvailable() != null;
  }

  public void send(Notification notification) throws Exception {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      LOG.info("[mail log] to={} subject={}\n{}", notification.getRecipient(), notification.getSubject(), notification.getBody());
      return;
    }
    InternetAddress to;
    try {
      to = new InternetAddress(notification.getRecipient(), true);
    } catch (AddressException e) {
      throw new PermanentFailure("无效的电子邮箱地址: " + notification.getRecipient(), e);
    }
    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
    helper.setFrom(properties.getFrom());
    helper.setTo(to);
    helper.setSubject(notification.getSubject());
    helper.setText(notification.getBody(), false);
    message.saveChanges();
    message.setHeader("Message-ID", "<" + digest(notification.getIdempotencyKey()) + "@customer-service-lifecycle>");
    try {
      sender.send(message);
    } catch (MailSendException e) {
      if (e.getMessageExceptions().length > 0 && e.getMessageExceptions()[0] instanceof SendFailedException failed
          && failed.getInvalidAddresses() != null && failed.getInvalidAddresses().length > 0) {
        throw new PermanentFailure("收件地址被拒绝: " + notification.getRecipient(), e);
      }
      throw e;
    }
  }

  private static String digest(String key) throws MessagingException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new MessagingException("no SHA-256", e);
    }
  }
}
