package fr.pepites.security;

import jakarta.servlet.http.HttpSession;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A password change ends every session opened with the former password ({@link CurrentAccountFilter}) but the one
 * where its owner changed it: that session takes the new password's hash as its own once the change is committed.
 */
public final class OwnPasswordChange {

    static final String SESSION_ATTRIBUTE = OwnPasswordChange.class.getName() + ".passwordHash";

    private OwnPasswordChange() {
    }

    /** The current request's session goes on with this new password (at commit, if a transaction runs). */
    public static void keepThisSession(String newPasswordHash) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes request)) {
            return;
        }
        HttpSession session = request.getRequest().getSession(false);
        if (session == null) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    session.setAttribute(SESSION_ATTRIBUTE, newPasswordHash);
                }
            });
        } else {
            session.setAttribute(SESSION_ATTRIBUTE, newPasswordHash);
        }
    }
}
