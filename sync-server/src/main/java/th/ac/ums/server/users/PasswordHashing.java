package th.ac.ums.server.users;

/** Turns a new password into what is stored for it (the sign-in side, {@code auth}, provides it). */
@FunctionalInterface
public interface PasswordHashing {
    String hash(String password);
}
