package fr.pepites.security;

/** A text a visitor typed or sent (a login, an address), made safe to write in a log line: no forged line breaks. */
final class LogText {

    private LogText() {
    }

    static String of(String typed) {
        return typed == null ? null : typed.replaceAll("\\p{Cntrl}", "?");
    }
}
