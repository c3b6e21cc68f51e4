package com.example.csl.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
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
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Delivers notifications: by SMTP when {@code spring.mail.host} is configured, else to the log
 * (the embedded default profile needs no mail server). The Message-ID is derived from the
 * idempotency key, so a receiver can recognise a repeated delivery of the same notification.
 * A batch is sent over one SMTP connection ({@link #open()}); the connect/read/write timeouts of
 * {@code spring.mail.properties} bound every wait.
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

  /** Sends one message after another over one connection; a transient failure closes it (the next send reconnects). */
  public interface Connection extends AutoCloseable {
    void send(Notification notification) throws Exception;

    @Override
    void close();
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

  public Connection open() {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      return new Connection() {
        @Override
        public void send(Notification n) {
          LOG.info("[mail log] to={} subject={}\n{}", n.getRecipient(), n.getSubject(), n.getBody());
        }

        @Override
        public void close() {}
      };
    }
    if (sender instanceof JavaMailSenderImpl impl) {
      return new SmtpConnection(impl);
    }
    return new Connection() {
      @Override
      public void send(Notification n) throws Exception {
        MimeMessage message = message(sender.createMimeMessage(), n);
        try {
          sender.send(message);
        } catch (MailSendException e) {
          if (e.getMessageExceptions().length > 0 && e.getMessageExceptions()[0] instanceof SendFailedException failed
              && isRejectedAddress(failed)) {
            throw new PermanentFailure("收件地址被拒绝: " + n.getRecipient(), e);
          }
          throw e;
        }
      }

      @Override
      public void close() {}
    };
  }

  private final class SmtpConnection implements Connection {
    private final JavaMailSenderImpl impl;
    private Transport transport;

    SmtpConnection(JavaMailSenderImpl impl) {
      this.impl = impl;
    }

    @Override
    public void send(Notification n) throws Exception {
      MimeMessage message = message(impl.createMimeMessage(), n);
      try {
        if (transport == null || !transport.isConnected()) {
          transport = impl.getSession().getTransport(impl.getProtocol() == null ? "smtp" : impl.getProtocol());
          transport.connect(impl.getHost(), impl.getPort(), impl.getUsername(), impl.getPassword());
        }
        transport.sendMessage(message, message.getAllRecipients());
      } catch (SendFailedException e) {
        if (isRejectedAddress(e)) {
          throw new PermanentFailure("收件地址被拒绝: " + n.getRecipient(), e);
        }
        close();
        throw e;
      } catch (MessagingException | RuntimeException e) {
        close();
        throw e;
      }
    }

    @Override
    public void close() {
      if (transport != null) {
        try {
          transport.close();
        } catch (MessagingException ignored) {
          // the connection is gone either way
        }
        transport = null;
      }
    }
  }

  /** A 5xx for the recipient: the address is refused for good (a 4xx leaves it among the valid unsent ones). */
  private static boolean isRejectedAddress(SendFailedException failed) {
    return failed.getInvalidAddresses() != null && failed.getInvalidAddresses().length > 0;
  }

  private MimeMessage message(MimeMessage message, Notification notification) throws Exception {
    InternetAddress to;
    try {
      to = new InternetAddress(notification.getRecipient(), true);
    } catch (AddressException e) {
      throw new PermanentFailure("无效的电子邮箱地址: " + notification.getRecipient(), e);
    }
    MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
    helper.setFrom(properties.getFrom());
    helper.setTo(to);
    helper.setSubject(notification.getSubject());
    helper.setText(notification.getBody(), false);
    helper.setSentDate(new java.util.Date());
    message.saveChanges();
    message.setHeader("Message-ID", "<" + digest(notification.getIdempotencyKey()) + "@customer-service-lifecycle>");
    return message;
  }

  private static String digest(String key) throws MessagingException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new MessagingException("no SHA-256", e);
    }
  }
}
