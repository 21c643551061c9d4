package vn.tongket.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.Set;

/** Users: password checks for sign-in and account creation. */
@ApplicationScoped
public class UserService {

    /** The user when the password matches and the account is enabled. */
    @Transactional
    public Optional<UserAccount> authenticate(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<UserAccount> user = UserAccount.findByUsername(username.trim())
                .filter(u -> u.enabled)
                .filter(u -> BcryptUtil.matches(password, u.passwordHash));
        if (user.isEmpty()) {
            Log.infof("Failed sign-in for user '%s'", username);
        }
        return user;
    }

    @Transactional
    public Optional<UserAccount> findEnabled(String username) {
        return UserAccount.findByUsername(username).filter(u -> u.enabled);
    }

    /** Creates the account unless the username exists; returns whether it was created. */
    @Transactional
    public boolean createIfAbsent(String username, String password, String fullName, Set<Role> roles) {
        if (UserAccount.findByUsername(username).isPresent()) {
            return false;
        }
        UserAccount user = new UserAccount();
        user.username = username;
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.fullName = fullName;
        user.setRoles(roles);
        user.persist();
        return true;
    }

    @Transactional
    public boolean anyAdmin() {
        return UserAccount.<UserAccount>listAll().stream().anyMatch(u -> u.roleSet().contains(Role.ADMIN));
    }
}
