package com.example.csl.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal SMTP server for fault tests (issue 17): it accepts connections and waits {@code greetingDelay}
 * before greeting — a server that is slow, or that stalls for good ({@link Duration#ofDays}) — then takes
 * messages like any server and records their Message-IDs, so a test can count deliveries per notification.
 */
public final class SlowSmtp implements AutoCloseable {

  private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(<[^>]+>)");

  private final ServerSocket server;
  private volatile Duration greetingDelay;
  private volatile boolean down;
  private final List<String> messageIds = new CopyOnWriteArrayList<>();
  private final List<Socket> open = new CopyOnWriteArrayList<>();

  public SlowSmtp(Duration greetingDelay) throws IOException {
    this.greetingDelay = greetingDelay;
    this.server = new ServerSocket(0);
    Thread acceptor = new Thread(this::accept, "slow-smtp");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public int port() {
    return server.getLocalPort();
  }

  public void greetingDelay(Duration delay) {
    this.greetingDelay = delay;
  }

  /** Down: every connection is closed at once, before any greeting (as a server that is not there). */
  public void down(boolean down) {
    this.down = down;
  }

  /** The Message-IDs of the messages taken, in order, repeats included. */
  public List<String> messageIds() {
    return List.copyOf(messageIds);
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        open.add(socket);
        Thread session = new Thread(() -> session(socket), "slow-smtp-session");
        session.setDaemon(true);
        session.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void session(Socket socket) {
    try (socket) {
      if (down) {
        return;
      }
      Thread.sleep(greetingDelay.toMillis());
      BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      OutputStream out = socket.getOutputStream();
      reply(out, "220 slow-smtp ready");
      String line;
      while ((line = in.readLine()) != null) {
        String command = line.toUpperCase();
        if (command.startsWith("EHLO") || command.startsWith("HELO")) {
          reply(out, "250 slow-smtp");
        } else if (command.startsWith("DATA")) {
          reply(out, "354 go ahead");
          StringBuilder data = new StringBuilder();
          while ((line = in.readLine()) != null && !line.equals(".")) {
            data.append(line).append('\n');
          }
          Matcher id = MESSAGE_ID.matcher(data);
          messageIds.add(id.find() ? id.group(1) : "(none)");
          reply(out, "250 accepted");
        } else if (command.startsWith("QUIT")) {
          reply(out, "221 bye");
          return;
        } else {
          reply(out, "250 ok");
        }
      }
    } catch (IOException | InterruptedException e) {
      // the client gave up (its read timeout) or the test closed the server
    } finally {
      open.remove(socket);
    }
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket socket : open) {
      socket.close();
    }
  }
}
