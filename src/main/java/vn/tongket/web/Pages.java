package vn.tongket.web;

/** A minimal page for answers written outside the REST layer (rate limit, database unavailable). */
public final class Pages {

    private Pages() {
    }

    /** A stand-alone page with a title and one message; both come from a message bundle (no user input). */
    public static String standalone(String language, String title, String message) {
        return "<!DOCTYPE html><html lang=\"" + language + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<link rel=\"stylesheet\" href=\"/static/app.css\"><title>" + title + "</title></head>"
                + "<body><main class=\"container\"><section class=\"card\"><h1>" + title + "</h1>"
                + "<p class=\"alert alert-error\" role=\"alert\">" + message + "</p></section></main></body></html>";
    }
}
