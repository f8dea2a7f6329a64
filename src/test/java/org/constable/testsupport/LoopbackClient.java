package org.constable.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends one HTTP request from a chosen loopback address (127.0.0.2, 127.0.0.3, ...), so a test can
 * be many clients at once, as the per-address sign-in limit sees them. Java 17's HttpClient cannot
 * choose its local address, so this speaks HTTP/1.0 over a plain socket: the server closes the
 * connection after the response, which ends the body.
 */
public final class LoopbackClient {

    public record Response(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** One request of a burst: from which address, to which path, with which JSON body. */
    public record Request(String fromAddress, String path, String json) {}

    private static final class InFlight {
        final int index;
        final ByteBuffer out;
        final ByteArrayOutputStream in = new ByteArrayOutputStream();

        InFlight(int index, ByteBuffer out) {
            this.index = index;
            this.out = out;
        }
    }

    private LoopbackClient() {}

    /**
     * Sends all the requests at once from one thread over non-blocking sockets and returns their
     * responses in the same order (null for one that got no answer in time). One thread, so that the
     * test's own threads do not compete for the processor with the server it measures, as an
     * attacker's machine would not.
     */
    public static List<Response> burst(int port, List<Request> requests, Duration timeout) {
        Response[] responses = new Response[requests.size()];
        try (Selector selector = Selector.open()) {
            for (int i = 0; i < requests.size(); i++) {
                Request r = requests.get(i);
                SocketChannel channel = SocketChannel.open();
                channel.bind(new InetSocketAddress(r.fromAddress(), 0));
                channel.configureBlocking(false);
                channel.connect(new InetSocketAddress("127.0.0.1", port));
                channel.register(selector, SelectionKey.OP_CONNECT, new InFlight(i, ByteBuffer.wrap(bytes(port, r))));
            }
            long deadline = System.nanoTime() + timeout.toNanos();
            ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
            while (!selector.keys().isEmpty() && System.nanoTime() < deadline) {
                selector.select(100);
                for (SelectionKey key : selector.selectedKeys()) {
                    SocketChannel channel = (SocketChannel) key.channel();
                    InFlight f = (InFlight) key.attachment();
                    try {
                        if (key.isConnectable() && channel.finishConnect()) {
                            key.interestOps(SelectionKey.OP_WRITE);
                        } else if (key.isWritable()) {
                            channel.write(f.out);
                            if (!f.out.hasRemaining()) {
                                key.interestOps(SelectionKey.OP_READ);
                            }
                        } else if (key.isReadable()) {
                            buffer.clear();
                            int n = channel.read(buffer);
                            if (n < 0) {
                                responses[f.index] = parse(f.in.toByteArray());
                                key.cancel();
                                channel.close();
                            } else {
                                f.in.write(buffer.array(), 0, n);
                            }
                        }
                    } catch (IOException e) {
                        key.cancel();
                        channel.close();
                    }
                }
                selector.selectedKeys().clear();
            }
            for (SelectionKey key : selector.keys()) {
                key.channel().close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Arrays.asList(responses);
    }

    private static byte[] bytes(int port, Request r) {
        byte[] body = r.json().getBytes(StandardCharsets.UTF_8);
        String head = "POST " + r.path() + " HTTP/1.0\r\nHost: localhost:" + port + "\r\n"
                + "Content-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length
                + "\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(h, h.length + body.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }

    /** The n-th client address, 127.0.1.x and up (n from 0), never 127.0.0.1 where the other tests come from. */
    public static String address(int n) {
        return "127.0." + (1 + n / 250) + "." + (1 + n % 250);
    }

    public static Response postJson(int port, String fromAddress, String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.0\r\n" + "Host: localhost:" + port + "\r\n"
                + "Content-Type: application/json\r\n" + "Accept: application/json\r\n" + "Content-Length: "
                + body.length + "\r\n\r\n";
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(fromAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("request from " + fromAddress + " failed", e);
        }
    }

    private static Response parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(
                        lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        return new Response(status, headers, body);
    }
}
