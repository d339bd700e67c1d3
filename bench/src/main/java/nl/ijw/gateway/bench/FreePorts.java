package nl.ijw.gateway.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Prints free loopback TCP ports, one per line (used by run.sh): {@code FreePorts [count]}. */
public final class FreePorts {

    public static void main(String[] args) throws IOException {
        for (int port : take(args.length > 0 ? Integer.parseInt(args[0]) : 1)) {
            System.out.println(port);
        }
    }

    /** As many different free loopback ports (free at this moment). */
    static int[] take(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                // Held open until all are chosen, so the ports differ.
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } finally {
            for (ServerSocket s : sockets) {
                s.close();
            }
        }
    }

    private FreePorts() {
    }
}
