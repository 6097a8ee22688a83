package dev.storybot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.servlet.SlackAppServlet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's servlet, answering a request it cannot parse (e.g. a signed but malformed payload) with a short 400 instead
 * of letting the exception become a 500 page that names Bolt's internals.
 */
final class GuardedSlackServlet extends SlackAppServlet {

    static final String BAD_REQUEST_TEXT = "Bad request: the Slack payload could not be read.\n";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(GuardedSlackServlet.class);

    GuardedSlackServlet(App app) {
        super(app);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            super.doPost(request, response);
        } catch (RuntimeException e) {
            LOG.warn("Rejected a Slack request that could not be read: {}", e.toString());
            if (!response.isCommitted()) {
                response.reset();
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                response.setContentType("text/plain; charset=utf-8");
                response.getOutputStream().write(BAD_REQUEST_TEXT.getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
